import Foundation
import WexchangeCore

/// One placement for its provider: who the student is (only what hosting needs), each day's
/// attendance, feedback to the student, and what the placement delivered.
struct PlacementPage {
    let viewer: Viewer
    let detail: PlacementRecords.Detail
    /// The form's values: as stored, or as sent when shown again with problems.
    var marks: [CalendarDate: String]
    var feedback: String?
    var delivered: Set<String>
    var problems: [FieldError] = []
    /// Just saved (`?done=saved`).
    var saved = false

    static let feedbackField = "feedback"
    static let deliveredField = "delivered"

    init(viewer: Viewer, detail: PlacementRecords.Detail) {
        self.viewer = viewer
        self.detail = detail
        marks = detail.record.attendance.mapValues(\.rawValue)
        feedback = detail.record.feedback
        delivered = Set(detail.record.delivered.map(\.rawValue))
    }

    let title = "Attendance and feedback"

    /// The days that have come, which can be marked; the rest are still to come.
    var markableDays: [CalendarDate] { detail.days.filter { $0 <= detail.today } }
    var daysToCome: [CalendarDate] { detail.days.filter { $0 > detail.today } }

    /// Why nothing can be recorded (a cancelled placement), or nil.
    var refusal: String? { PlacementRules.recording(state: detail.state)?.message }

    func problem(_ field: String) -> String? { problems.first { $0.field == field }?.message }

    /// Reads the posted form: a mark (or empty) for each day that has come, the feedback, the ticks.
    mutating func read(_ body: FormBody) {
        for day in markableDays {
            if let value = body[PlacementRules.field(day)] { marks[day] = value }
        }
        feedback = body[Self.feedbackField]
        delivered = Set(body.all(Self.deliveredField))
    }

    /// What the service takes, in the API's shape.
    var attendanceSent: [String: String] {
        Dictionary(uniqueKeysWithValues: markableDays.map { ($0.description, marks[$0] ?? "") })
    }
}
