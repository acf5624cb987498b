import Foundation
import WexchangeCore

/// A student's journey as a timeline, with where they stand against their school's target and
/// Gatsby Benchmark 6, their goals and reflections, and their skills over time, in words a
/// student and a parent understand.
struct StudentJourneyPage {
    /// One experience with what the student wrote about it.
    struct Item {
        let id: UUID
        let entry: JourneyEntry
        let reflection: Reflection
    }

    let viewer: Viewer
    let studentId: UUID
    let name: String
    let year: Int
    /// Oldest first.
    let items: [Item]
    let progress: StudentProgress
    let policy: TargetPolicy
    let canRecord: Bool
    /// The student (or their school's staff with them) may set goals and reflect.
    let canReflect: Bool
    var notice: String?

    /// Newest first, as a timeline reads.
    var timeline: [Item] { items.reversed() }

    var skills: SkillsProfile { SkillsProfile(items.map(\.reflection)) }

    func rows(_ items: [StudentProgress.Item]) -> [SummaryList.Row] {
        items.map { item in
            SummaryList.Row(key: item.milestone.label, value: item.state == .met ? "Done" : item.stillNeeded ?? "Not yet due")
        }
    }

    /// The confirmation for `?done=`, after a form sent the reader back here.
    static func notice(_ done: String?) -> String? {
        switch done {
        case "recorded": "Experience recorded."
        case "goals": "Goals saved."
        case "reflected": "Reflection saved. It counts toward a meaningful experience."
        default: nil
        }
    }
}
