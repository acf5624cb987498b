import ArgumentParser
import Foundation
import Logging
import WexchangeApp
import WexchangeCore

@main
struct Wexchange: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wexchange",
        abstract: "The national clearing house for school work experience.",
        subcommands: [Serve.self, Migrate.self, SeedDemo.self, ProviderCommand.self, UserCommand.self, OrganisationCommand.self, ImportCommand.self, AllocateCommand.self, GenerateInstanceCommand.self,
                      BackupCommand.self, RestoreCommand.self]
    )
}

/// Settings every command shares; flags override the environment (see README, Configuration).
struct SettingsOptions: ParsableArguments {
    @Option(name: .customLong("database-url"), help: "sqlite:PATH or postgres://user:pass@host:port/db (env DATABASE_URL).")
    var databaseURL: String?
    @Option(help: "Address to listen on (env HOST, default 127.0.0.1).") var host: String?
    @Option(help: "Port to listen on (env PORT, default 8080).") var port: String?
    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical (env LOG_LEVEL).")
    var logLevel: String?

    /// The settings, checked; a bad one stops the command with every problem named.
    func configuration() throws -> AppConfiguration {
        do {
            return try AppConfiguration.load(environment: ProcessInfo.processInfo.environment, overrides: [
                "DATABASE_URL": databaseURL, "HOST": host, "PORT": port, "LOG_LEVEL": logLevel,
            ])
        } catch {
            throw ValidationError(error.description)
        }
    }

    func load(demo: Bool = false) throws -> (AppConfiguration, AppServices) {
        var configuration = try configuration()
        if demo { configuration.logEmails = true }
        var logger = Logger(label: "wexchange")
        logger.logLevel = configuration.logLevel
        let storage = try Storage(configuration.database, logger: logger)
        return (configuration, AppServices(storage: storage, logger: logger, publicURL: configuration.resolvedPublicURL,
                                           logEmails: configuration.logEmails, trustedProxies: configuration.trustedProxies))
    }
}

/// Seeds one demo user per role (when there are no users yet) and prints how to sign in.
func seedDemoAccounts(_ services: AppServices) async throws {
    let logins = try await DemoAccounts().seedIfEmpty(services)
    let shown = logins.isEmpty ? DemoAccounts.logins : logins
    say(logins.isEmpty ? "Demo accounts already exist; if they are the seeded ones, sign in with:" : "Demo accounts (one per role):")
    for login in shown {
        say("  \(login.role.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)) \(login.email)  password: \(login.password)")
    }
}

func say(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run pending migrations, then serve the web app and API.")
    @OptionGroup var settings: SettingsOptions
    @Flag(help: "Seed the demo catalogue first if the database is empty.") var demo = false

    func run() async throws {
        let (configuration, services) = try settings.load(demo: demo)
        say("Database: \(configuration.database)")
        do {
            let ran = try await services.storage.migrate()
            if ran > 0 { say("Ran \(ran) migration(s).") }
            if demo {
                let summary = try await DemoCatalogue().seedIfEmpty(services, progress: say)
                say(summary.skipped ? "Demo data: the database already has data; nothing seeded."
                    : "Demo data: \(summary.providers) providers, \(summary.opportunities) opportunities.")
                try await seedDemoAccounts(services)
            }
        } catch {
            // Say what went wrong, and close the database cleanly before stopping.
            say("Wexchange could not start: \((error as? AppError)?.message ?? String(describing: error))")
            await services.storage.shutdown()
            throw ExitCode.failure
        }
        let app = try await WexchangeApplication.build(configuration: configuration, services: services) {
            say("Wexchange is serving \(services.catalogue.index.count) published opportunities at http://\(configuration.host):\(configuration.port)/")
        }
        try await app.runService()
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run pending database migrations.")
    @OptionGroup var settings: SettingsOptions

    func run() async throws {
        let (configuration, services) = try settings.load()
        let ran = try await services.storage.migrate()
        say("\(configuration.database): \(ran) migration(s) run.")
        await services.storage.shutdown()
    }
}

struct SeedDemo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "seed-demo", abstract: "Seed the demo catalogue into an empty database.")
    @OptionGroup var settings: SettingsOptions
    @Option(help: "Random seed: the same seed gives the same catalogue.") var seed: UInt64 = 2026
    @Option(help: "Number of providers.") var providers = 1_500
    @Option(help: "Number of opportunities.") var opportunities = 5_000

    func run() async throws {
        let (_, services) = try settings.load()
        try await services.storage.migrate()
        let summary = try await DemoCatalogue(seed: seed, providerCount: providers, opportunityCount: opportunities)
            .seedIfEmpty(services, progress: say)
        say(summary.skipped ? "The database already has data; nothing seeded."
            : "Seeded \(summary.providers) providers and \(summary.opportunities) opportunities.")
        try await seedDemoAccounts(services)
        await services.storage.shutdown()
    }
}

struct ProviderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "provider", abstract: "Manage providers.", subcommands: [Create.self, Trust.self])

    struct Trust: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark a provider trusted: its listings publish without waiting for moderation (they can still be taken down).")
        @OptionGroup var settings: SettingsOptions
        @Option(help: "The provider's id.") var provider: String
        @Flag(help: "Remove the trust instead.") var untrust = false

        func run() async throws {
            guard let id = UUID(uuidString: provider) else { throw ValidationError("--provider '\(provider)' is not a provider id") }
            let (_, services) = try settings.load()
            defer { Task { await services.storage.shutdown() } }
            try await services.storage.migrate()
            do {
                try await ProviderSettings.setTrust(id, trusted: !untrust, services: services)
                print(untrust ? "provider \(provider) is no longer trusted" : "provider \(provider) is trusted")
            } catch let error as AppError {
                say("Nothing changed: \(error.message)")
                throw ExitCode(2)
            }
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a provider and print its API key (shown once).")
        @OptionGroup var settings: SettingsOptions
        @Option(help: "The provider's name.") var name: String
        @Option(help: "One of: \(ProviderKind.allowedValues).") var kind: String
        @Option(name: .customLong("size"), help: "One of: \(SizeBand.allowedValues).") var size = "small"
        @Option(name: .customLong("sector"), help: "An occupational route id; repeat for several.") var sectors: [String] = []
        @Option(help: "Website address.") var website: String?
        @Option(help: "Contact email.") var email: String?

        func run() async throws {
            guard let kind = ProviderKind(rawValue: kind) else { throw ValidationError("--kind '\(kind)' is not one of: \(ProviderKind.allowedValues)") }
            guard let size = SizeBand(rawValue: size) else { throw ValidationError("--size '\(size)' is not one of: \(SizeBand.allowedValues)") }
            let sectors = try self.sectors.map { text in
                guard let sector = Sector(rawValue: text) else { throw ValidationError("--sector '\(text)' is not one of: \(Sector.allowedValues)") }
                return sector
            }
            let (_, services) = try settings.load()
            try await services.storage.migrate()
            let (id, key) = try await ProviderCommands.create(name: name, kind: kind, sizeBand: size, sectors: sectors, website: website,
                                                              contactEmail: email, services: services)
            print("provider id: \(id.uuidString.lowercased())")
            print("api key:     \(key)")
            say("Keep the API key safe: it is shown only now. Send it as 'Authorization: Bearer <key>'.")
            await services.storage.shutdown()
        }
    }
}

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import data from files.", subcommands: [Opportunities.self])

    struct Opportunities: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import a provider's listings from CSV (all rows or none).")
        @OptionGroup var settings: SettingsOptions
        @Argument(help: "The CSV file (header documented in the README).") var file: String
        @Option(help: "The provider id the listings belong to.") var provider: String
        @Flag(help: "Close this provider's CSV and feed listings that are not in the file.") var full = false

        func run() async throws {
            guard let providerID = UUID(uuidString: provider) else { throw ValidationError("--provider '\(provider)' is not a provider id") }
            guard FileManager.default.isReadableFile(atPath: file) else { throw ValidationError("cannot read the file '\(file)'") }
            let (_, services) = try settings.load()
            defer { Task { await services.storage.shutdown() } }
            try await services.storage.migrate()
            do {
                let report = try await CSVOpportunityReader.importFile(URL(fileURLWithPath: file), providerID: providerID,
                                                                        services: services, full: full, progress: say)
                print("created \(report.created), updated \(report.updated), unchanged \(report.unchanged), closed \(report.closed)")
            } catch let failure as CSVOpportunityReader.Failure {
                say("The file was not imported; nothing was written. Fix these rows:\n\(failure)")
                throw ExitCode(2)
            }
        }
    }
}
