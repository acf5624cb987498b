import Foundation
import Hummingbird
import WexchangeCore

/// The offer pages: the list, one offer with its answer, the parent's consent, the provider's
/// placements. Access is decided by the routes.
struct OfferController: Sendable {
    let services: AppServices

    /// `GET /offers`.
    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let offers = try await services.offerReader.summaries(for: identity)
        return HTMLResponse.page(OffersPage(viewer: viewer, forParent: identity.role == .parent, offers: offers))
    }

    /// `GET /offers/{id}`.
    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        var page = try await page(context)
        page.done = request.uri.queryParameters["done"].map(String.init)
        return HTMLResponse.page(page)
    }

    /// `POST /offers/{id}/answer`: accept or decline, then back to the offer with what happened.
    @Sendable func answer(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        guard let identity = context.identity else { throw AppError.unauthorised }
        let body = try await FormBody.read(&request)
        let offerId = try context.uuidParameter("id", what: "offer")
        guard let answer = body[OfferPage.answerField].flatMap(OfferRules.Answer.init(rawValue:)) else {
            var page = try await page(context)
            page.problem = FormProblem(field: OfferPage.answerField, message: "Select whether you want this place")
            return HTMLResponse.page(page, status: .unprocessableContent)
        }
        do {
            try await services.offers.answer(answer, offer: offerId, by: identity)
        } catch let error as AppError where error.status == .conflict {
            var page = try await page(context)
            page.problem = FormProblem(field: nil, message: error.message)
            return HTMLResponse.page(page, status: .conflict)
        }
        return Response.redirect(to: OfferRoutes.offer.link(offerId) + "?done=\(answer == .accept ? "accepted" : "declined")")
    }

    /// `GET /offers/{id}/consent`.
    @Sendable func consentForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        HTMLResponse.page(try await consentPage(context))
    }

    /// `POST /offers/{id}/consent`: signs it, or shows the form again with every problem.
    @Sendable func consent(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        guard let identity = context.identity else { throw AppError.unauthorised }
        let body = try await FormBody.read(&request)
        var form = try await consentPage(context)
        form.input = ConsentForm.input(from: body)
        do {
            let state = try await services.offers.consent(form.input, offer: form.offerId, by: identity)
            return Response.redirect(to: OfferRoutes.offer.link(form.offerId) + "?done=\(state == .confirmed ? "consented" : "refused")")
        } catch let failure as ValidationFailure {
            form.problems = failure.errors
            return HTMLResponse.page(form, status: .unprocessableContent)
        } catch let error as AppError where error.status == .conflict {
            form.problems = [FieldError("decision", error.message)]
            return HTMLResponse.page(form, status: .conflict)
        }
    }

    /// `GET /placements`.
    @Sendable func placements(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let placements = try await services.placementReader.placements(of: identity.organisationId, by: identity)
        var page = PlacementsPage(viewer: viewer, placements: placements)
        page.cancelled = request.queryValue("done") == "cancelled"
        return HTMLResponse.page(page)
    }

    /// `POST /placements/{id}/cancel`: the provider calls a placement off, with a reason.
    @Sendable func cancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let body = try await FormBody.read(&request)
        let offerId = try context.uuidParameter("id", what: "placement")
        let status: HTTPResponse.Status
        let problem: FormProblem
        do {
            try await services.offers.cancel(offerId, reason: body[PlacementsPage.reasonField], by: identity)
            return Response.redirect(to: OfferRoutes.placements.link + "?done=cancelled")
        } catch let failure as ValidationFailure {
            status = .unprocessableContent
            problem = FormProblem(field: PlacementsPage.reasonId(offerId), message: failure.errors.first?.message ?? "Enter a reason")
        } catch let error as AppError where error.status == .conflict {
            status = .conflict
            problem = FormProblem(field: nil, message: error.message)
        }
        let placements = try await services.placementReader.placements(of: identity.organisationId, by: identity)
        var page = PlacementsPage(viewer: viewer, placements: placements)
        page.problem = problem
        return HTMLResponse.page(page, status: status)
    }

    private func page(_ context: AppRequestContext) async throws -> OfferPage {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let offerId = try context.uuidParameter("id", what: "offer")
        let facts = try await services.offers.facts(offerId)
        return OfferPage(
            viewer: viewer, detail: try await services.offerReader.detail(offerId),
            mayAnswer: AccessPolicy.decide(identity.requester, .answerOffer(facts)) == .allowed,
            mayConsent: AccessPolicy.decide(identity.requester, .consentToOffer(facts)) == .allowed)
    }

    private func consentPage(_ context: AppRequestContext) async throws -> ConsentForm {
        guard let viewer = Viewer(context.identity) else { throw AppError.unauthorised }
        let offerId = try context.uuidParameter("id", what: "offer")
        let detail = try await services.offerReader.detail(offerId)
        return ConsentForm(viewer: viewer, offerId: offerId, studentName: detail.summary.studentName, facts: detail.facts)
    }
}
