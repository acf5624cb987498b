import Foundation
import WexchangeCore

/// Where a person lands after signing in: their role's next actions, each with how much is
/// waiting and a link to it.
struct StartPage {
    struct Task: Sendable {
        let heading: String
        /// How much is waiting, or what the task is for, in a sentence.
        let summary: String
        let link: String
        let linkText: String
        /// Listings or items to act on, by name (returned listings, say), each with its link.
        var items: [(title: String, link: String)] = []
    }

    let viewer: Viewer
    let tasks: [Task]
}
