import Foundation
import Hummingbird
import WexchangeCore

/// The moderation queue and decisions, as pages and API.
enum ModerationRoutes {
    static let queue = SitePath("/moderation")
    static let item = SitePath1<UUID>("/moderation/{id}")
    static let approve = SitePath1<UUID>("/moderation/{id}/approve")
    static let returnListing = SitePath1<UUID>("/moderation/{id}/return")
    static let apiQueue = SitePath("/api/v1/moderation/queue")
    static let apiApprove = SitePath1<UUID>("/api/v1/opportunities/{id}/approve")
    static let apiReturn = SitePath1<UUID>("/api/v1/opportunities/{id}/return")

    static func register(in table: inout RouteTable, services: AppServices) {
        let moderation = ModerationController(services: services)
        let moderate = RouteAccess.listing("moderateListing", services) { .moderateListing($0) }

        table.add(.get, apiQueue, .action(.viewModerationQueue), moderation.queue)
        table.add(.post, apiApprove, moderate, moderation.approve)
        table.add(.post, apiReturn, moderate, moderation.returnListing)
        table.add(.get, queue, .action(.viewModerationQueue), moderation.queuePage)
        table.add(.get, item, moderate, moderation.itemPage)
        table.add(.post, approve, moderate, moderation.approvePage)
        table.add(.post, returnListing, moderate, moderation.returnPage)
    }
}
