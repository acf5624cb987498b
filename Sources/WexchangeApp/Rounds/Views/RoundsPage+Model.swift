import Foundation
import WexchangeCore

/// The rounds the reader may see: those their school or hub runs (being set up too), and every
/// open or finished round they take part in.
struct RoundsPage {
    let viewer: Viewer
    let rounds: [RoundReader.Summary]
    /// Whether the reader sets rounds up (careers leaders, hub coordinators, national admins).
    var setsUp = false

    let title = "Allocation rounds"
}
