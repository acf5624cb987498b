import Foundation
import WexchangeCore

/// The audit log, newest first, a page at a time: the whole log (or one subject's) for national
/// admins, or a school's own log of who read and changed its students' records for its careers
/// leader (students issue: "the school's careers leader can read that log for their students").
struct AuditLogPage {
    enum Scope { case national, school }

    let viewer: Viewer
    let entries: [AuditTrail.Entry]
    let pagination: Pagination
    let subject: UUID?
    var scope = Scope.national

    var title: String { scope == .national ? "Audit log" : "Who has read your students' records" }

    var base: SitePath { scope == .national ? OrganisationRoutes.audit : StudentRoutes.audit }

    /// The address of a page of this log, keeping the subject.
    func link(page: Int) -> String {
        base.link(query: (subject.map { [("subject", $0.uuidString.lowercased())] } ?? []) + [("page", String(page))])
    }

    /// Where an entry's subject leads: everything about it in this log.
    func link(subject: UUID) -> String {
        base.link(query: [("subject", subject.uuidString.lowercased())])
    }
}
