import Foundation
import WexchangeCohort
import WexchangeCore

/// What importing an uploaded file would do, before anything is saved (GOV.UK "check your
/// answers" for a file): the counts, then the students it adds, changes and marks as left.
struct StudentImportPreviewPage {
    let viewer: Viewer
    let pendingId: UUID
    let fileName: String
    let preview: StudentImportService.Preview
    let full: Bool

    /// How many students each table lists; the counts above them are complete.
    static let listed = 50

    var plan: CohortPlan { preview.plan }

    var summary: [SummaryList.Row] {
        [
            SummaryList.Row(key: "File", value: "\(fileName) (\(preview.file.format.rawValue))"),
            SummaryList.Row(key: "Students in the file", value: String(preview.file.rows.count)),
            SummaryList.Row(key: "New", value: String(plan.new.count)),
            SummaryList.Row(key: "Updated", value: String(plan.updated.count)),
            SummaryList.Row(key: "Unchanged", value: String(plan.unchanged)),
            SummaryList.Row(key: "Marked as left", value: full ? String(plan.left.count) : "None (the file is not marked as everyone)"),
        ] + (preview.file.source.map { [SummaryList.Row(key: "The file says", value: $0)] } ?? [])
            + (preview.file.ignoredColumns.isEmpty
                ? [] : [SummaryList.Row(key: "Columns left out", value: preview.file.ignoredColumns.joined(separator: ", "))])
    }

    /// "Year group: Year 9 → Year 10; SEN provision: …".
    static func describe(_ changes: [CohortPlan.Change]) -> String {
        changes.map { "\($0.what): \($0.before.isEmpty ? "not given" : $0.before) → \($0.after.isEmpty ? "not given" : $0.after)" }
            .joined(separator: "\n")
    }
}
