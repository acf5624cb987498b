import Foundation
import WexchangeCore

/// The audit log for national admins: newest first, optionally for one subject.
struct AuditLogPage {
    struct Row {
        let at: Date
        let who: String
        let actingAs: String
        /// How they acted: signed in, which personal token, a feed key, the command line.
        let credential: String
        let action: String
        let subject: String
        let reason: String?
    }

    let viewer: Viewer
    let rows: [Row]
    let subject: UUID?
}
