import Foundation
import WexchangeCore

/// What uploading a listings file would do, before anything is saved: the counts, then the
/// listings it adds, changes (with what changed) and closes.
struct ListingImportPreviewPage {
    struct Line: Sendable {
        let title: String
        let detail: String
    }

    let viewer: Viewer
    let pendingId: UUID
    let fileName: String
    let rows: Int
    let full: Bool
    let new: [Line]
    let changed: [Line]
    let unchanged: Int
    let closed: [Line]

    /// How many listings each table shows; the counts above them are complete.
    static let listed = 50

    init(viewer: Viewer, pendingId: UUID, fileName: String, rows: Int, full: Bool, plan: FeedImportService.Plan) {
        self.viewer = viewer
        self.pendingId = pendingId
        self.fileName = fileName
        self.rows = rows
        self.full = full
        new = plan.creates.map { Line(title: $0.title, detail: $0.externalId ?? "") }
        changed = plan.updates.map { update in
            Line(
                title: update.details.title,
                detail: update.changes.map { change in
                    "\(OpportunityField.named(change.field)?.label ?? change.field): \(change.before ?? "not given") → \(change.after ?? "not given")"
                }.joined(separator: "\n"))
        }
        unchanged = plan.unchanged
        closed = plan.closes.map { Line(title: $0.title, detail: $0.externalId ?? "") }
    }

    var changesSomething: Bool { !new.isEmpty || !changed.isEmpty || !closed.isEmpty }

    var summary: [SummaryList.Row] {
        [
            SummaryList.Row(key: "File", value: fileName),
            SummaryList.Row(key: "Rows in the file", value: String(rows)),
            SummaryList.Row(key: "New listings", value: String(new.count)),
            SummaryList.Row(key: "Changed", value: String(changed.count)),
            SummaryList.Row(key: "Unchanged", value: String(unchanged)),
            SummaryList.Row(key: "Closed", value: full ? String(closed.count) : "None (the file is not marked as all your listings)"),
        ]
    }
}
