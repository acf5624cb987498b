import Foundation
import WexchangeCore

/// School staff record an experience a student had outside Wexchange (found through family, run
/// by the school), with the "meaningful" criteria it met.
struct JourneyEntryForm {
    let viewer: Viewer
    let studentId: UUID
    let name: String
    var input = JourneyEntryInput()
    var problems: [FieldError] = []

    /// The message for `field`, when it is to blame.
    func problem(_ field: String) -> String? { problems.first { $0.field == field }?.message }
}
