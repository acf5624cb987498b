import Foundation
import WexchangeCore

/// Badge management for assessors (their body's badges) and national admins (every badge).
struct BadgesPage {
    let viewer: Viewer
    let rows: [BadgeService.Row]
    var form: [String: String] = [:]
    var notice: String?
    var problem: FormProblem?
}
