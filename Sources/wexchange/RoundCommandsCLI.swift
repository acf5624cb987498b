import ArgumentParser
import Foundation
import WexchangeApp

/// `wexchange round …`: allocation rounds from the command line.
struct RoundCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round", abstract: "Allocation rounds: list, run, and export a run to check it.",
        subcommands: [List.self, Run.self, Reclear.self, Export.self, Result.self, Generate.self])

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

    struct Reclear: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Offer a published round's returned places (declined, refused, lapsed) to its students still without an offer.")
        @OptionGroup var settings: SettingsOptions
        @Argument(help: "The round's id (from `wexchange round list`).") var round: String

        func run() async throws {
            let id = try parseID(round, flag: "round", what: "a round")
            try await settings.run(failure: "The round was not re-cleared; nothing was written") { _, services in
                print(try await RoundCommands.reclear(id, services: services))
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the round's input as a wex-alloc-instance/1 file (what its run read, or would read now).",
            discussion: "`wexchange allocate --explain --instance FILE --out RESULT` reproduces the stored result byte for byte.")
        @OptionGroup var file: RoundFileOptions

        func run() async throws { try await file.write(RoundCommands.instanceFile) }
    }

    struct Result: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the result the round's run stored, as the engine wrote it.")
        @OptionGroup var file: RoundFileOptions

        func run() async throws { try await file.write(RoundCommands.resultFile) }
    }
}

/// A round and a file to write one of its files to.
struct RoundFileOptions: ParsableArguments {
    @OptionGroup var settings: SettingsOptions
    @Argument(help: "The round's id.") var round: String
    @Option(help: "Where to write the file.") var out: String

    func write(_ file: @escaping (UUID, AppServices) async throws -> Data) async throws {
        let id = try parseID(round, flag: "round", what: "a round")
        try await settings.run(failure: "Nothing was written") { _, services in
            let data = try await file(id, services)
            do {
                try data.write(to: URL(fileURLWithPath: out), options: .atomic)
                say("wrote \(data.count) bytes to \(out)")
            } catch {
                say("cannot write \(out): \(error.localizedDescription)")
                throw ExitCode(1)
            }
        }
    }
}

extension RoundCommand {
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a synthetic round, closed for preferences and ready to run (benchmarks and crash tests; BENCHMARKS.md).",
            discussion: "Prints the new round's id on the last line.")
        @OptionGroup var settings: SettingsOptions
        @Option(help: "national (online places, schools across England) or hub (a new Newcastle hub, in-person places).")
        var scope = "national"
        @Option(help: "How many students rank.") var students = 100_000
        @Option(help: "How many opportunities are pledged.") var opportunities = 5_000
        @Option(name: .customLong("places-per-student"), help: "Places pledged per student.") var placesPerStudent = 1.0
        @Option(help: "The generator's seed.") var seed: UInt64 = 7

        func validate() throws {
            guard ["national", "hub"].contains(scope) else { throw ValidationError("--scope must be national or hub, not '\(scope)'") }
            guard students >= 1, opportunities >= 1 else { throw ValidationError("--students and --opportunities must be at least 1") }
            guard placesPerStudent > 0 else { throw ValidationError("--places-per-student must be above 0") }
        }

        func run() async throws {
            try await settings.run(failure: "The round was not generated") { _, services in
                let generator = RoundGenerator(
                    scope: scope == "hub" ? .hub : .national, students: students, opportunities: opportunities,
                    placesPerStudent: placesPerStudent, seed: seed)
                print(try await generator.generate(services, progress: say).uuidString.lowercased())
            }
        }
    }
}
