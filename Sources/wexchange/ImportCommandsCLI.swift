import ArgumentParser
import Foundation
import WexchangeApp
import WexchangeCohort

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import data from files.", subcommands: [Opportunities.self, Students.self])

    struct Opportunities: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import a provider's listings from CSV (all rows or none).")
        @OptionGroup var settings: SettingsOptions
        @Argument(help: "The CSV file (header documented in the README).") var file: String
        @Option(help: "The provider id the listings belong to.") var provider: String
        @Flag(help: "Close this provider's CSV and feed listings that are not in the file.") var full = false

        func run() async throws {
            let providerID = try parseID(provider, flag: "provider", what: "a provider")
            guard FileManager.default.isReadableFile(atPath: file) else { throw ValidationError("cannot read the file '\(file)'") }
            try await settings.run(failure: "The file was not imported; nothing was written") { _, services in
                do {
                    let report = try await CSVImportService.importFile(
                        URL(fileURLWithPath: file), providerID: providerID,
                        services: services, full: full, progress: say)
                    print("created \(report.created), updated \(report.updated), unchanged \(report.unchanged), closed \(report.closed)")
                } catch let failure as CSVImportService.Failure {
                    say("The file was not imported; nothing was written. Fix these rows:\n\(failure)")
                    throw ExitCode(2)
                }
            }
        }
    }

    struct Students: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a school's students from CSV or a Common Transfer File (all rows or none).",
            discussion: "Shows what the import does (new, updated, left) before writing; --dry-run stops there.")
        @OptionGroup var settings: SettingsOptions
        @Argument(help: "The CSV file (header documented in the README) or CTF (XML) file.") var file: String
        @Option(help: "The school's DfE unique reference number (URN).") var school: Int
        @Flag(help: "Mark students of the file's year groups who are not in it as having left (never deletes them).") var full = false
        @Flag(name: .customLong("dry-run"), help: "Check the file and show what would change; write nothing.") var dryRun = false

        func run() async throws {
            guard FileManager.default.isReadableFile(atPath: file) else { throw ValidationError("cannot read the file '\(file)'") }
            try await settings.run(failure: "The file was not imported; nothing was written") { _, services in
                do {
                    let outcome = try await StudentImportCommands.run(
                        URL(fileURLWithPath: file), urn: school, full: full, dryRun: dryRun, services: services,
                        show: { for line in $0 { print(line) } }, progress: say)
                    print(outcome.written ?? (dryRun ? "dry run: nothing was written" : "nothing to change"))
                } catch let failure as CohortFailure {
                    say("The file was not imported; nothing was written. Fix these and import it again:\n\(failure)")
                    throw ExitCode(2)
                }
            }
        }
    }
}
