import Foundation
import WexchangeCore

/// A provider's confirmed placements: who is coming and what hosting them safely needs.
struct PlacementsPage {
    let viewer: Viewer
    let placements: [PlacementReader.Placement]

    let title = "Students coming on placements"
}
