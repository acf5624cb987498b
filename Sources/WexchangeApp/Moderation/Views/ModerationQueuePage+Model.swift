import Foundation
import WexchangeCore

struct ModerationQueuePage {
    let viewer: Viewer
    let items: [ModerationService.Item]
    var notice: String?
}
