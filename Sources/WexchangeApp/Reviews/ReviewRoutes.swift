import Foundation
import Hummingbird
import WexchangeCore

/// Ratings and reviews of providers, and reading their comments.
enum ReviewRoutes {
    static let rate = SitePath1<UUID>("/opportunities/{id}/review")
    static let report = SitePath1<UUID>("/reviews/{id}/report")
    static let moderation = SitePath("/reviews")
    static let show = SitePath1<UUID>("/reviews/{id}/show")
    static let hide = SitePath1<UUID>("/reviews/{id}/hide")
    static let apiList = SitePath1<UUID>("/api/v1/opportunities/{id}/reviews")
    static let apiRate = SitePath1<UUID>("/api/v1/opportunities/{id}/review")

    static func register(in table: inout RouteTable, services: AppServices) {
        let reviews = ReviewsController(services: services)
        let rateListing = RouteAccess.listing("rateOpportunity", services) { .rateOpportunity($0) }

        table.add(.get, apiList, .anyone, reviews.list)
        table.add(.put, apiRate, rateListing, reviews.rate)
        table.add(.post, rate, rateListing, reviews.rateFromPage)
        table.add(.post, report, .action(.reportReview), reviews.report)
        table.add(.get, moderation, .action(.moderateReviews), reviews.moderationPage)
        table.add(.post, show, .action(.moderateReviews), reviews.show)
        table.add(.post, hide, .action(.moderateReviews), reviews.hide)
    }
}
