import Foundation
import Hummingbird
import WexchangeCore

/// One's organisation and its members, invitations, the national directory and the audit log.
enum OrganisationRoutes {
    static let organisation = SitePath("/organisation")
    static let invitations = SitePath("/organisation/invitations")
    static let memberRemove = SitePath1<UUID>("/organisation/members/{id}/remove")
    static let invitationLink = SitePath1<String>("/invitations/{token}")
    static let directory = SitePath("/organisations")
    static let audit = SitePath("/audit")

    static func directory(_ kind: OrganisationKind) -> String { directory.link(query: [("kind", kind.rawValue)]) }

    /// Everything the audit log holds about one subject.
    static func audit(subject: UUID) -> String { audit.link(query: [("subject", subject.uuidString.lowercased())]) }

    static func register(in table: inout RouteTable, services: AppServices) {
        let controller = OrganisationController(services: services)
        let passwords = PasswordPagesController(services: services)
        let view = RouteAccess.resource("viewOrganisation(own)") { _, context in
            .viewOrganisation(OrganisationController.ownOrganisation(context))
        }
        let manage = RouteAccess.resource("manageMembers(own)") { _, context in
            .manageMembers(OrganisationController.ownOrganisation(context))
        }

        table.add(.get, organisation, view, controller.page)
        table.add(.post, invitations, manage, controller.invite)
        table.add(.get, memberRemove, manage, controller.confirmRemove)
        table.add(.post, memberRemove, manage, controller.remove)
        table.add(.get, invitationLink, .anyone, passwords.chooseForm)
        table.add(.post, invitationLink, .anyone, passwords.choose)
        table.add(.get, directory, .action(.listOrganisations), controller.directory)
        table.add(.get, audit, .action(.viewAuditLog), controller.auditLog)
    }
}
