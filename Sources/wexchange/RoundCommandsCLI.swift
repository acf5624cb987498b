import ArgumentParser
import Foundation
import WexchangeApp

/// `wexchange round …`: allocation rounds from the command line.
struct RoundCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round", abstract: "Allocation rounds: list, run, and export a run to check it.",
        subcommands: [List.self, Run.self, Export.self, Result.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One line per round: id, scope, state, name.")
        @OptionGroup var settings: SettingsOptions

        func run() async throws {
            try await settings.run(failure: "Cannot list the rounds") { _, services in
                for line in try await RoundCommands.list(services) { print(line) }
            }
        }
    }

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a round whose preferences have closed (all offers written or none); run again to redo it before publishing.")
        @OptionGroup var settings: SettingsOptions
        @Argument(help: "The round's id (from `wexchange round list`).") var round: String

        func run() async throws {
            let id = try parseID(round, flag: "round", what: "a round")
            try await settings.run(failure: "The round did not run; nothing was written") { _, services in
                print(try await RoundCommands.run(id, services: services, progress: say))
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the round's input as a wex-alloc-instance/1 file (what its run read, or would read now).",
            discussion: "`wexchange allocate --explain --instance FILE --out RESULT` reproduces the stored result byte for byte.")
        @OptionGroup var settings: SettingsOptions
        @Argument(help: "The round's id.") var round: String
        @Option(help: "Where to write the file.") var out: String

        func run() async throws {
            let id = try parseID(round, flag: "round", what: "a round")
            try await settings.run(failure: "Nothing was written") { _, services in
                try write(try await RoundCommands.instanceFile(id, services: services), to: out)
            }
        }
    }

    struct Result: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the result the round's run stored, as the engine wrote it.")
        @OptionGroup var settings: SettingsOptions
        @Argument(help: "The round's id.") var round: String
        @Option(help: "Where to write the file.") var out: String

        func run() async throws {
            let id = try parseID(round, flag: "round", what: "a round")
            try await settings.run(failure: "Nothing was written") { _, services in
                try write(try await RoundCommands.resultFile(id, services: services), to: out)
            }
        }
    }
}

private func write(_ data: Data, to path: String) throws {
    do {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        say("wrote \(data.count) bytes to \(path)")
    } catch {
        say("cannot write \(path): \(error.localizedDescription)")
        throw ExitCode(1)
    }
}
