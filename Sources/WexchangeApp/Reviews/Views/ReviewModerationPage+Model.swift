import Foundation

/// Comments waiting for a national admin: new, edited or reported.
struct ReviewModerationPage {
    let viewer: Viewer
    let pending: [ReviewService.Pending]
    var notice: String?
}
