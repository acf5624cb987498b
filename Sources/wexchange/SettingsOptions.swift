import ArgumentParser
import Foundation
import Logging
import WexchangeApp

/// Settings every command that uses the database shares; flags override the environment and
/// `.env` (see README, Configuration).
struct SettingsOptions: ParsableArguments {
    @Option(name: .customLong("database-url"), help: "sqlite:PATH or postgres://user:pass@host:port/db (env DATABASE_URL).")
    var databaseURL: String?
    @Option(help: "Address to listen on (env HOST, default 127.0.0.1).") var host: String?
    @Option(help: "Port to listen on (env PORT, default 8080).") var port: String?
    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical (env LOG_LEVEL).")
    var logLevel: String?

    /// The settings, checked; a bad one stops the command with every problem named.
    func configuration() async throws -> AppConfiguration {
        try AppConfiguration.load(
            environment: try await AppConfiguration.environment(),
            overrides: [
                "DATABASE_URL": databaseURL, "HOST": host, "PORT": port, "LOG_LEVEL": logLevel,
            ])
    }

    /// Checks the settings, opens the database (and runs pending migrations unless told not to),
    /// runs `body`, and closes the database whatever happens. A refusal (`AppError`) is reported
    /// as "`failure`: reason" with exit status 2.
    func run(
        demo: Bool = false, migrate: Bool = true, failure: String,
        _ body: (AppConfiguration, AppServices) async throws -> Void
    ) async throws {
        var configuration = try await configuration()
        if demo {
            configuration.logEmails = true
            configuration.showsDesignExamples = true
        }
        var logger = Logger(label: "wexchange")
        logger.logLevel = configuration.logLevel
        let storage = try Storage(configuration.database, logger: logger)
        let services = AppServices(
            storage: storage, logger: logger, publicURL: configuration.resolvedPublicURL,
            logEmails: configuration.logEmails, trustedProxies: configuration.trustedProxies, contactEmail: configuration.contactEmail,
            showsDesignExamples: configuration.showsDesignExamples)
        do {
            if migrate { try await storage.migrate() }
            try await body(configuration, services)
            await storage.shutdown()
        } catch let error as AppError {
            await storage.shutdown()
            say("\(failure): \(error.message)")
            throw ExitCode(error.status.code < 500 ? 2 : 1)
        } catch {
            await storage.shutdown()
            throw error
        }
    }
}

/// Progress and messages for people go to standard error; results (ids, keys) to standard output.
func say(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// A flag's value as an id, or a clear usage error naming the flag.
func parseID(_ text: String, flag: String, what: String = "an organisation") throws -> UUID {
    guard let id = UUID(uuidString: text) else { throw ValidationError("--\(flag) '\(text)' is not \(what) id") }
    return id
}
