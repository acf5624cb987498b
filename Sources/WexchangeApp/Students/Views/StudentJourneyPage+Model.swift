import Foundation
import WexchangeCore

/// A student's journey as a timeline, with where they stand against their school's target and
/// Gatsby Benchmark 6, in words a student and a parent understand.
struct StudentJourneyPage {
    let viewer: Viewer
    let studentId: UUID
    let name: String
    let year: Int
    /// Oldest first.
    let entries: [JourneyEntry]
    let progress: StudentProgress
    let policy: TargetPolicy
    let canRecord: Bool
    var notice: String?

    /// Newest first, as a timeline reads.
    var timeline: [JourneyEntry] { entries.reversed() }

    func rows(_ items: [StudentProgress.Item]) -> [SummaryList.Row] {
        items.map { item in
            SummaryList.Row(key: item.milestone.label, value: item.state == .met ? "Done" : item.stillNeeded ?? "Not yet due")
        }
    }
}
