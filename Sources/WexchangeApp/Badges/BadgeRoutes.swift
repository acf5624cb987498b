import Foundation
import Hummingbird
import WexchangeCore

/// Accreditation badges: granted in the name of the requester's own body, revoked by that body
/// or a national admin.
enum BadgeRoutes {
    static let badges = SitePath("/badges")
    static let revoke = SitePath1<UUID>("/badges/{id}/revoke")
    static let apiGrant = SitePath1<UUID>("/api/v1/providers/{id}/badges")
    static let apiRevoke = SitePath1<UUID>("/api/v1/badges/{id}/revoke")

    static func register(in table: inout RouteTable, services: AppServices) {
        let controller = BadgesController(services: services)
        let grant = RouteAccess.resource("grantBadge(own body)") { _, context in .grantBadge(bodyId: context.identity?.organisationId) }
        let revokeBadge = RouteAccess.resource("revokeBadge(granting body)") { _, context in
            .revokeBadge(grantedByBodyId: try await services.badges.grantingBody(try context.uuidParameter("id", what: "badge")))
        }

        table.add(.post, apiGrant, grant, controller.grant)
        table.add(.post, apiRevoke, revokeBadge, controller.revoke)
        table.add(.get, badges, grant, controller.page)
        table.add(.post, badges, grant, controller.grantFromPage)
        table.add(.get, revoke, revokeBadge, controller.confirmRevoke)
        table.add(.post, revoke, revokeBadge, controller.revokeFromPage)
    }
}
