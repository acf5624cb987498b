import Foundation
import WexchangeCore

/// The inspection export: one line per student on roll with their progress against the school's
/// target and Gatsby Benchmark 6, for the careers leader's evidence (no UPN or date of birth:
/// an inspector does not need them).
struct ProgressExport {
    let policy: TargetPolicy
    /// Students on roll with their journeys, by year then surname.
    let students: [(record: StudentRecord, entries: [JourneyEntry])]

    var header: [String] {
        [
            "Surname", "Forename", "Year", "Disadvantaged", "SEN provision", "Placement days", "Encounters", "Encounter days",
            "Meaningful experiences", "Meeting Benchmark 6 so far",
        ] + policy.milestones.map(\.label) + ["Behind for their year", "Still needs"]
    }

    var rows: [[String]] {
        students.sorted {
            ($0.record.year, $0.record.legalSurname, $0.record.legalForename) < (
                $1.record.year, $1.record.legalSurname, $1.record.legalForename
            )
        }
        .map { student in
            let record = student.record
            let progress = StudentProgress(year: record.year, entries: student.entries, policy: policy)
            let milestones = progress.policy.map { item in
                switch item.state {
                case .met: "Met"
                case .notYetDue: "Not yet due"
                case .dueThisYear: "Due this year"
                case .missed: "Missed"
                }
            }
            return [
                record.preferredSurname ?? record.legalSurname, record.preferredForename ?? record.legalForename, String(record.year),
                record.isDisadvantaged ? "Yes" : "No", record.sen.label, FixedPoint.text(progress.placementDays, places: 1),
                String(progress.encounters), FixedPoint.text(progress.encounterDays, places: 1),
                String(student.entries.filter(\.isMeaningful).count), progress.meetsBenchmark6SoFar ? "Yes" : "No",
            ] + milestones + [
                progress.isAtRisk ? "Yes" : "No",
                (progress.policy + progress.benchmark6).filter(\.isBehind).compactMap(\.stillNeeded).joined(separator: "; "),
            ]
        }
    }

    func csv() throws -> String { try CSVDownload.text(header: header, rows: rows) }
}
