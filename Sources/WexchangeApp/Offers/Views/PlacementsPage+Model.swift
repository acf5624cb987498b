import Foundation
import WexchangeCore

/// A provider's confirmed placements: who is coming and what hosting them safely needs.
struct PlacementsPage {
    let viewer: Viewer
    let placements: [PlacementReader.Placement]
    /// Just cancelled one (`?done=cancelled`).
    var cancelled = false
    /// Why a cancellation was refused, at that placement's reason box or in the summary.
    var problem: FormProblem?

    static let reasonField = "reason"
    /// The id of one placement's reason box (each has its own cancel form).
    static func reasonId(_ offer: UUID) -> String { "cancel-reason-\(offer.uuidString.lowercased())" }

    let title = "Students coming on placements"
}
