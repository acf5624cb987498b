import ArgumentParser
import Foundation
import WexchangeApp

struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the SQLite database while the server runs (PostgreSQL: use pg_dump).")
    @OptionGroup var settings: SettingsOptions
    @Option(help: "The file to write; it must not exist yet.") var out: String

    func run() async throws {
        try await settings.run(migrate: false, failure: "No backup written") { configuration, services in
            try await BackupService.backup(services.storage, to: out)
            say("Backed up \(configuration.database) to \(out).")
        }
    }
}

struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Replace the SQLite database with a backup (stop the server first; PostgreSQL: use pg_restore).")
    @OptionGroup var settings: SettingsOptions
    @Argument(help: "The backup file written by `wexchange backup`.") var file: String
    @Flag(help: "Replace an existing database.") var force = false

    func run() async throws {
        let configuration = try await settings.configuration()
        do {
            try await BackupService.restore(from: file, into: configuration.database, force: force)
            say("Restored \(file) into \(configuration.database). Start the server to use it.")
        } catch let error as AppError {
            say("Nothing restored: \(error.message)")
            throw ExitCode(2)
        }
    }
}
