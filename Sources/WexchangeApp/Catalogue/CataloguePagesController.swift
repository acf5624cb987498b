import FluentKit
import Foundation
import Hummingbird
import WexchangeCore
import WexchangeSearch

/// Server-rendered pages: search, detail, about. They read the same catalogue as the API.
struct CataloguePagesController: Sendable {
    let services: AppServices

    @Sendable func search(_ request: Request, context: AppRequestContext) async throws -> Response {
        let parameters = Self.withoutStaleSort(DateInput.merged(SearchPage.dateFilters, in: request.queryPairs))
        var model = SearchPage(parameters: parameters, today: services.today, viewer: Viewer(context.identity))
        model.cards = services.listingCards
        let index = services.catalogue.index
        do {
            let query = try OpportunityQuery.parse(parameters, gazetteer: services.gazetteer)
            model.query = query
            if model.viewer == nil, query.isBrowsing {
                let key = SitePaths.queryString(parameters)
                return HTMLResponse.body(
                    services.signedOutPages.body(for: key, generation: index.generation, day: model.today) {
                        model.result = index.search(query, today: model.today)
                        return HTMLResponse.body(of: model)
                    })
            }
            model.result = index.search(query, today: model.today)
        } catch {
            model.error = error
        }
        return HTMLResponse.page(model, status: model.error == nil ? .ok : .badRequest)
    }

    /// The page's sort travels with the form, so clearing the postcode (or the words) would leave
    /// "nearest first" (or "best match") asking for what is gone: the page then sorts as it would
    /// without it, where the API answers 400.
    static func withoutStaleSort(_ parameters: [(String, String)]) -> [(String, String)] {
        func given(_ name: String) -> Bool { parameters.contains { $0.0 == name && !$0.1.trimmingCharacters(in: .whitespaces).isEmpty } }
        return parameters.filter { name, value in
            guard name == "sort" else { return true }
            switch OpportunityQuery.Sort(rawValue: value) {
            case .distance: return given("near")
            case .relevance: return given("q")
            default: return true
            }
        }
    }

    @Sendable func opportunity(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.uuidParameter("id", what: "opportunity")
        let notice = request.queryValue("rated") == nil ? nil : "Thank you: your rating is saved. A comment shows once it has been read."
        var page = try await opportunityPage(id, context: context, notice: notice)
        // The search it was opened from; a search that no longer reads (or none) is simply left out.
        let searchPairs = request.queryPairs.filter { OpportunityQuery.parameterNames.contains($0.0) }
        if !searchPairs.isEmpty {
            page.search = try? OpportunityQuery.parse(Self.withoutStaleSort(searchPairs), gazetteer: services.gazetteer)
        }
        return HTMLResponse.page(page)
    }

    /// The detail page, with ratings and, for those who may rate, the rating form.
    func opportunityPage(
        _ id: UUID, context: AppRequestContext, notice: String? = nil, problem: FormProblem? = nil,
        form: OpportunityPage.RatingForm? = nil
    ) async throws -> OpportunityPage {
        let index = services.catalogue.index
        guard let entry = index.entry(id: id) else { throw AppError.notFound("This opportunity") }
        var model = OpportunityPage(
            entry: entry, provider: index.providers[entry.providerId], today: services.today,
            viewer: Viewer(context.identity), notice: notice, problem: problem)
        model.reviews = try await services.reviews.shown(for: id)
        model.requestLink = try await requestLink(id, context.identity)
        let facts = ListingFacts(providerId: entry.providerId, isPublished: true, isVirtual: entry.details.mode == .virtual, hubId: nil)
        if let identity = context.identity, identity.csrfToken != nil,
            AccessPolicy.decide(identity.requester, .rateOpportunity(facts)) == .allowed
        {
            let db = services.storage.database
            if try await ReviewParticipation.tookPart(identity.organisationId, withProvider: entry.providerId, on: db) {
                let own = try await services.reviews.own(opportunityId: id, organisationId: identity.organisationId)
                model.rating = form ?? .init(stars: own?.stars, comment: own?.comment)
            } else {
                model.mayRateLater = true
            }
        }
        return model
    }

    /// A student's own request form (their record at the school they are signed in for), or the
    /// student chooser for school staff.
    private func requestLink(_ opportunityId: UUID, _ identity: Identity?) async throws -> String? {
        guard let identity else { return nil }
        switch identity.role {
        case .careersLeader, .schoolStaff:
            return RequestRoutes.chooseStudent.link(opportunityId)
        case .student:
            let own = try await StudentModel.query(on: services.storage.database).filter(\.$userId == identity.userId)
                .filter(\.$school.$id == identity.organisationId).filter(\.$leftAt == nil).first()
            return try own.map { RequestRoutes.ask.link(opportunityId, try $0.requireID()) }
        default:
            return nil
        }
    }

    @Sendable func about(_ request: Request, context: AppRequestContext) async throws -> Response {
        HTMLResponse.page(AboutPage())
    }
}
