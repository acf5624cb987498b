import Foundation
import Hummingbird
import WexchangeCore

/// Rating an opportunity's provider, reporting a comment, and national admins' comment checks.
struct ReviewsController: Sendable {
    let services: AppServices

    @Sendable func rateFromPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormBody.read(&request)
        guard let identity = context.identity else { throw AppError.unauthorised }
        let id = try context.uuidParameter("id", what: "opportunity")
        do {
            try await services.reviews.rate(opportunityId: id, stars: form["stars"], comment: form["comment"], by: identity)
            return Response.redirect(to: CatalogueRoutes.opportunity.link(id) + "?rated=1")
        } catch let error as AppError where error.status == .badRequest {
            let page = try await CataloguePagesController(services: services).opportunityPage(
                id, context: context, problem: FormProblem(error),
                form: .init(stars: form["stars"].flatMap(Int.init), comment: form["comment"]))
            return HTMLResponse.page(page, status: .badRequest)
        }
    }

    @Sendable func report(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.uuidParameter("id", what: "review")
        try await services.reviews.report(id)
        let back = Redirect.safeNext(request.headers[.referer].flatMap { URL(string: $0)?.path }) ?? CatalogueRoutes.search.link
        return Response.redirect(to: back)
    }

    @Sendable func moderationPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let viewer = Viewer(context.identity) else { throw AppError.unauthorised }
        let notice = request.queryValue("done").map { $0 == "shown" ? "Comment shown." : "Comment hidden." }
        return HTMLResponse.page(
            ReviewModerationPage(viewer: viewer, pending: try await services.reviews.pendingComments(), notice: notice))
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await decide(context, show: true)
    }

    @Sendable func hide(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await decide(context, show: false)
    }

    private func decide(_ context: AppRequestContext, show: Bool) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        try await services.reviews.moderate(try context.uuidParameter("id", what: "review"), show: show, by: identity)
        return Response.redirect(to: ReviewRoutes.moderation.link + "?done=\(show ? "shown" : "hidden")")
    }

    // MARK: API

    struct RateDTO: Decodable {
        let stars: Int?
        let comment: String?
    }

    @Sendable func rate(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let id = try context.uuidParameter("id", what: "opportunity")
        let body = try await JSONBody.decode(RateDTO.self, from: request, context: context)
        try await services.reviews.rate(opportunityId: id, stars: body.stars.map(String.init), comment: body.comment, by: identity)
        return Response(status: .noContent)
    }

    struct ReviewsDTO: Encodable, ResponseEncodable { let items: [ShownDTO] }

    struct ShownDTO: Encodable {
        let id: String
        let organisation: String
        let stars: Int
        let comment: String?
        let updatedAt: Date?
        let givenBeforeParticipation: Bool

        enum CodingKeys: String, CodingKey {
            case id, organisation, stars, comment, updatedAt = "updated_at", givenBeforeParticipation = "given_before_participation"
        }
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.uuidParameter("id", what: "opportunity")
        guard services.catalogue.index.entry(id: id) != nil else { throw AppError.notFound("opportunity \(id.uuidString.lowercased())") }
        let shown = try await services.reviews.shown(for: id).map {
            ShownDTO(
                id: $0.id.uuidString.lowercased(), organisation: $0.organisationName, stars: $0.stars, comment: $0.comment,
                updatedAt: $0.updatedAt, givenBeforeParticipation: $0.givenBeforeParticipation)
        }
        return try ReviewsDTO(items: shown).response(from: request, context: context)
    }
}
