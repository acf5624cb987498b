import Foundation
import WexchangeCore

/// The audit log for national admins: newest first, a page at a time, optionally for one subject.
struct AuditLogPage {
    let viewer: Viewer
    let entries: [AuditTrail.Entry]
    let pagination: Pagination
    let subject: UUID?

    /// The address of a page of this log, keeping the subject.
    func link(page: Int) -> String {
        OrganisationRoutes.audit.link(query: (subject.map { [("subject", $0.uuidString.lowercased())] } ?? []) + [("page", String(page))])
    }
}
