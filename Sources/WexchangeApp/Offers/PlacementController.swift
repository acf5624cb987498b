import Foundation
import Hummingbird
import WexchangeCore

/// A provider's page for one placement: attendance, feedback and what it delivered. Access is
/// decided by the routes.
struct PlacementController: Sendable {
    let services: AppServices

    /// `GET /placements/{id}`.
    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        var page = try await page(context)
        page.saved = request.queryValue("done") == "saved"
        return HTMLResponse.page(page)
    }

    /// `POST /placements/{id}`: saves it, or shows the form again with every problem.
    @Sendable func save(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        guard let identity = context.identity else { throw AppError.unauthorised }
        let body = try await FormBody.read(&request)
        var page = try await page(context)
        page.read(body)
        do {
            try await services.placementRecords.record(
                attendance: page.attendanceSent, feedback: page.detail.hasStarted ? page.feedback ?? "" : nil,
                delivered: Array(page.delivered), offer: page.detail.offerId, by: identity)
            return Response.redirect(to: OfferRoutes.placement.link(page.detail.offerId) + "?done=saved")
        } catch let failure as ValidationFailure {
            page.problems = failure.errors
            return HTMLResponse.page(page, status: .unprocessableContent)
        } catch let error as AppError where error.status == .conflict {
            page.problems = [FieldError("", error.message)]
            return HTMLResponse.page(page, status: .conflict)
        }
    }

    private func page(_ context: AppRequestContext) async throws -> PlacementPage {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let offerId = try context.uuidParameter("id", what: "placement")
        return PlacementPage(viewer: viewer, detail: try await services.placementRecords.detail(offerId, by: identity))
    }
}
