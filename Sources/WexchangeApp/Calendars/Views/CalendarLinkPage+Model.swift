import Foundation
import WexchangeCore

/// Where a student or a provider's person makes, replaces or stops their private calendar link.
struct CalendarLinkPage {
    let viewer: Viewer
    /// A student's own placements; otherwise those their organisation hosts.
    let forStudent: Bool
    /// When the working link was made, if there is one.
    let madeAt: Date?
    /// The address just made, shown this once.
    var newAddress: String? = nil
    /// Just stopped (`?done=stopped`).
    var stopped = false

    let title = "Your placements in your calendar"
    static let addressField = "calendar-address"

    /// What anyone holding the link can see.
    var shows: String {
        forStudent
            ? "Anyone with the link can see your placements' dates, places and what to bring."
            : "Anyone with the link can see the dates and places of the placements you host and how many students come, but not who they are."
    }
}
