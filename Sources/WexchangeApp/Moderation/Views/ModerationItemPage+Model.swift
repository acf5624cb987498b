import Foundation
import WexchangeCore

struct ModerationItemPage {
    let viewer: Viewer
    let item: ModerationService.Item
    var problem: FormProblem?
}
