import Foundation
import Hummingbird
import WexchangeCore

/// Every route of the app, registered in one place, each with the access it needs. The table is
/// what the OpenAPI test compares with the published document and what the route × role matrix
/// test walks, so a route cannot be added without documenting it and deciding who may use it.
public struct RouteTable: Sendable {
    public struct Entry: Hashable, Sendable {
        public let method: String
        /// With `{name}` parameters, as OpenAPI writes them.
        public let path: String
    }

    public private(set) var entries: [Entry] = []

    /// Registers `handler` behind its access check and, for pages, the CSRF check.
    mutating func add(_ method: HTTPRequest.Method, _ path: String, _ access: RouteAccess, to router: Router<AppRequestContext>,
                      _ handler: @escaping @Sendable (Request, AppRequestContext) async throws -> Response) {
        let hummingbirdPath = path.replacingOccurrences(of: #"\{([a-z_]+)\}"#, with: ":$1", options: .regularExpression)
        router.on(RouterPath(hummingbirdPath), method: method) { request, context in
            var request = request
            try await access.check(request, context)
            try await CSRF.check(&request, context)
            return try await handler(request, context)
        }
        entries.append(Entry(method: method.rawValue, path: path))
    }
}

enum Routes {
    /// Links built from the same paths that are registered.
    enum Link {
        static let search = "/"
        static let about = "/about"
        static let stylesheet = "/assets/site.css"
        static let openAPI = "/api/v1/openapi.json"
        static let signIn = "/sign-in"
        static let signOut = "/sign-out"
        static let account = "/account"
        static let accountMembership = "/account/membership"
        static let accountPassword = "/account/password"
        static let accountTokens = "/account/tokens"
        static func accountTokenRevoke(_ id: UUID) -> String { "/account/tokens/\(id.uuidString.lowercased())/revoke" }
        static let passwordReset = "/password-reset"
        static let invitations = "/invitations"
        static let moderation = "/moderation"
        static let providerListings = "/provider/listings"
        static func providerNewListing(_ type: OpportunityType) -> String { providerListings + "/new?type=\(type.rawValue)" }
        static func providerEditListing(_ id: UUID) -> String { providerListings + "/\(id.uuidString.lowercased())" }
        static func providerListingAction(_ id: UUID, _ action: String) -> String { providerEditListing(id) + "/\(action)" }
        static let badges = "/badges"
        static let reviewModeration = "/reviews"
        static let organisation = "/organisation"
        static func organisations(_ kind: OrganisationKind) -> String { "/organisations?kind=\(kind.rawValue)" }
        /// `subject` is "type id", as the audit page shows it.
        static func audit(subject: String? = nil) -> String {
            guard let id = subject?.split(separator: " ").last else { return "/audit" }
            return "/audit?subject=\(id)"
        }
        static let organisationInvitations = "/organisation/invitations"
        static func organisationRemove(_ membership: UUID) -> String { "/organisation/members/\(membership.uuidString.lowercased())/remove" }
        static func review(_ listing: UUID) -> String { opportunity(listing) + "/review" }
        static func reviewReport(_ id: UUID) -> String { "/reviews/\(id.uuidString.lowercased())/report" }
        static func reviewDecision(_ id: UUID, show: Bool) -> String { "/reviews/\(id.uuidString.lowercased())/\(show ? "show" : "hide")" }
        static func badgeRevoke(_ id: UUID) -> String { "/badges/\(id.uuidString.lowercased())/revoke" }
        static func opportunity(_ id: UUID) -> String { "/opportunities/\(id.uuidString.lowercased())" }
        static func moderationItem(_ id: UUID) -> String { "/moderation/\(id.uuidString.lowercased())" }
        static func moderationApprove(_ id: UUID) -> String { moderationItem(id) + "/approve" }
        static func moderationReturn(_ id: UUID) -> String { moderationItem(id) + "/return" }
    }

    @discardableResult
    static func register(on router: Router<AppRequestContext>, services: AppServices) -> RouteTable {
        var table = RouteTable()
        let api = OpportunitiesAPI(services: services)
        let feed = FeedAPI(services: services)
        let pages = PagesController(services: services)
        let accountPages = AccountPagesController(services: services)
        let passwordPages = PasswordPagesController(services: services)
        let moderation = ModerationController(services: services)
        let providerPages = ProviderPagesController(services: services)
        let me = MeAPI(services: services)
        let badges = BadgesController(services: services)
        let reviews = ReviewsController(services: services)
        let administration = AdministrationAPI(services: services)
        let organisation = OrganisationController(services: services)

        // The listing named by `{id}`, for rules that depend on whose it is and where.
        let listing: @Sendable (Request, AppRequestContext) async throws -> ListingFacts = { _, context in
            try await services.listingFacts.facts(try context.uuidParameter("id", what: "opportunity")).facts
        }
        let editListing = RouteAccess.resource { .editListing(try await listing($0, $1)) }
        let moderateListing = RouteAccess.resource { .moderateListing(try await listing($0, $1)) }
        let rateListing = RouteAccess.resource { .rateOpportunity(try await listing($0, $1)) }
        let viewOwnOrganisation = RouteAccess.resource { _, context in .viewOrganisation(OrganisationController.ownOrganisation(context)) }
        let manageOwnMembers = RouteAccess.resource { _, context in .manageMembers(OrganisationController.ownOrganisation(context)) }
        // Badges are granted in the name of the requester's own body; revoking depends on who granted it.
        let grantBadge = RouteAccess.resource { _, context in .grantBadge(bodyId: context.identity?.organisationId) }
        let revokeBadge = RouteAccess.resource { _, context in
            .revokeBadge(grantedByBodyId: try await services.badges.grantingBody(try context.uuidParameter("id", what: "badge")))
        }

        // Operations
        table.add(.get, "/health", .anyone, to: router) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain"], body: .init(byteBuffer: ByteBuffer(string: "ok")))
        }
        // API: finding opportunities (public)
        table.add(.get, "/api/v1/opportunities", .anyone, to: router, api.search)
        table.add(.get, "/api/v1/opportunities/{id}", .anyone, to: router, api.show)
        // API: publishing (a provider's key, or a provider member's personal token)
        table.add(.get, "/api/v1/my/opportunities", .action(.manageOwnListings), to: router, api.mine)
        table.add(.post, "/api/v1/opportunities", .action(.manageOwnListings), to: router, api.create)
        table.add(.put, "/api/v1/opportunities/{id}", editListing, to: router, api.update)
        table.add(.delete, "/api/v1/opportunities/{id}", editListing, to: router, api.delete)
        table.add(.put, "/api/v1/feed", .action(.manageOwnListings), to: router, feed.upsert)
        // API: moderation
        table.add(.get, "/api/v1/moderation/queue", .action(.viewModerationQueue), to: router, moderation.queue)
        table.add(.post, "/api/v1/opportunities/{id}/approve", moderateListing, to: router, moderation.approve)
        table.add(.post, "/api/v1/opportunities/{id}/return", moderateListing, to: router, moderation.returnListing)
        // API: accreditation badges
        table.add(.post, "/api/v1/providers/{id}/badges", grantBadge, to: router, badges.grant)
        table.add(.post, "/api/v1/badges/{id}/revoke", revokeBadge, to: router, badges.revoke)
        // API: administration
        table.add(.put, "/api/v1/providers/{id}/trust", .action(.setProviderTrust), to: router, administration.setTrust)
        // API: ratings and reviews
        table.add(.get, "/api/v1/opportunities/{id}/reviews", .anyone, to: router, reviews.list)
        table.add(.put, "/api/v1/opportunities/{id}/review", rateListing, to: router, reviews.rate)
        // API: the caller
        table.add(.get, "/api/v1/me", .action(.identifySelf), to: router, me.show)
        // API: description
        table.add(.get, Link.openAPI, .anyone, to: router) { _, _ in try JSONResponse.make(OpenAPIDocument.document) }

        // Pages: finding opportunities
        table.add(.get, Link.search, .anyone, to: router, pages.search)
        table.add(.get, "/opportunities/{id}", .anyone, to: router, pages.opportunity)
        table.add(.get, Link.about, .anyone, to: router, pages.about)
        table.add(.get, Link.stylesheet, .anyone, to: router) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
        // Pages: signing in and one's own account
        table.add(.get, Link.signIn, .anyone, to: router, accountPages.signInForm)
        table.add(.post, Link.signIn, .anyone, to: router, accountPages.signIn)
        table.add(.post, Link.signOut, .action(.manageOwnAccount), to: router, accountPages.signOut)
        table.add(.get, Link.account, .action(.manageOwnAccount), to: router, accountPages.account)
        table.add(.post, Link.accountMembership, .action(.manageOwnAccount), to: router, accountPages.switchMembership)
        table.add(.post, Link.accountPassword, .action(.manageOwnAccount), to: router, accountPages.changePassword)
        table.add(.post, Link.accountTokens, .action(.manageOwnAccount), to: router, accountPages.createToken)
        table.add(.post, Link.accountTokens + "/{id}/revoke", .action(.manageOwnAccount), to: router, accountPages.revokeToken)
        table.add(.get, Link.passwordReset, .anyone, to: router, passwordPages.resetForm)
        table.add(.post, Link.passwordReset, .anyone, to: router, passwordPages.requestReset)
        table.add(.get, Link.passwordReset + "/{token}", .anyone, to: router, passwordPages.chooseForm)
        table.add(.post, Link.passwordReset + "/{token}", .anyone, to: router, passwordPages.choose)
        table.add(.get, Link.invitations + "/{token}", .anyone, to: router, passwordPages.chooseForm)
        table.add(.post, Link.invitations + "/{token}", .anyone, to: router, passwordPages.choose)
        // Pages: one's organisation
        table.add(.get, Link.organisation, viewOwnOrganisation, to: router, organisation.page)
        table.add(.post, Link.organisationInvitations, manageOwnMembers, to: router, organisation.invite)
        table.add(.post, Link.organisation + "/members/{id}/remove", manageOwnMembers, to: router, organisation.remove)
        table.add(.get, "/organisations", .action(.listOrganisations), to: router, organisation.directory)
        table.add(.get, "/audit", .action(.viewAuditLog), to: router, organisation.auditLog)
        // Pages: moderation
        table.add(.get, Link.moderation, .action(.viewModerationQueue), to: router, moderation.queuePage)
        table.add(.get, Link.moderation + "/{id}", moderateListing, to: router, moderation.itemPage)
        table.add(.post, Link.moderation + "/{id}/approve", moderateListing, to: router, moderation.approvePage)
        table.add(.post, Link.moderation + "/{id}/return", moderateListing, to: router, moderation.returnPage)
        // Pages: accreditation badges
        table.add(.get, Link.badges, grantBadge, to: router, badges.page)
        table.add(.post, Link.badges, grantBadge, to: router, badges.grantFromPage)
        table.add(.post, Link.badges + "/{id}/revoke", revokeBadge, to: router, badges.revokeFromPage)
        // Pages: ratings and reviews
        table.add(.post, "/opportunities/{id}/review", rateListing, to: router, reviews.rateFromPage)
        table.add(.post, "/reviews/{id}/report", .action(.reportReview), to: router, reviews.report)
        table.add(.get, Link.reviewModeration, .action(.moderateReviews), to: router, reviews.moderationPage)
        table.add(.post, "/reviews/{id}/show", .action(.moderateReviews), to: router, reviews.show)
        table.add(.post, "/reviews/{id}/hide", .action(.moderateReviews), to: router, reviews.hide)
        // Pages: providers
        table.add(.get, Link.providerListings, .action(.manageOwnListings), to: router, providerPages.listings)
        table.add(.get, Link.providerListings + "/new", .action(.manageOwnListings), to: router, providerPages.newForm)
        table.add(.post, Link.providerListings, .action(.manageOwnListings), to: router, providerPages.create)
        table.add(.get, Link.providerListings + "/{id}", editListing, to: router, providerPages.editForm)
        table.add(.post, Link.providerListings + "/{id}", editListing, to: router, providerPages.update)
        table.add(.post, Link.providerListings + "/{id}/duplicate", editListing, to: router, providerPages.duplicate)
        table.add(.post, Link.providerListings + "/{id}/close", editListing, to: router, providerPages.close)
        return table
    }
}

extension AppRequestContext {
    func uuidParameter(_ name: String, what: String) throws -> UUID {
        let text = parameters.get(name) ?? ""
        guard let id = UUID(uuidString: text) else { throw AppError.notFound("\(what) '\(text)'") }
        return id
    }
}
