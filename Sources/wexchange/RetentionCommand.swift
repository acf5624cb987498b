import ArgumentParser
import Foundation
import WexchangeApp

struct RetentionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention", abstract: "Keep students' personal data no longer than needed.", subcommands: [Run.self])

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Pseudonymise students who left more than --years ago (their journeys stay, for statistics).",
            discussion:
                "Names, UPN, date of birth (but its year), home postcode, email, account link and what they wrote are removed; school, year group, disadvantage, SEN provision and journey entries stay. All students due or none."
        )
        @OptionGroup var settings: SettingsOptions
        @Option(help: "Years after leaving that a record is kept whole.") var years = StudentRetention.defaultYears
        @Flag(name: .customLong("dry-run"), help: "Count who is due; change nothing.") var dryRun = false

        func validate() throws {
            guard years >= 1 else { throw ValidationError("--years must be at least 1 (got \(years))") }
        }

        func run() async throws {
            try await settings.run(failure: "Nothing was changed") { _, services in
                let report = try await services.studentRetention.run(years: years, dryRun: dryRun, progress: say)
                for (school, count) in report.bySchool.sorted(by: { $0.key < $1.key }) { print("\(school): \(count)") }
                print(
                    dryRun
                        ? "dry run: \(report.total) student\(report.total == 1 ? "" : "s") would be pseudonymised; nothing was changed"
                        : "pseudonymised \(report.total) student\(report.total == 1 ? "" : "s")")
            }
        }
    }
}
