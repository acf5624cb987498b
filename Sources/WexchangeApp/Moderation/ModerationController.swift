import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

/// The moderation queue and decisions, as pages and as API. Access is decided before these
/// handlers run (see `Routes`); they only do the work.
struct ModerationController: Sendable {
    let services: AppServices

    // MARK: Pages

    @Sendable func queuePage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let viewer = Viewer(context.identity) else { throw AppError.unauthorised }
        let items = try await services.moderation.queue(for: context.requester)
        let notice: String? =
            switch request.queryValue("done") {
            case "approved": "Approved and published."
            case "returned-change": "The change went back to the provider with your reason; the published version stays in search."
            case "returned": "Returned to the provider with your reason."
            default: nil
            }
        return HTMLResponse.page(ModerationQueuePage(viewer: viewer, items: items, notice: notice))
    }

    @Sendable func itemPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let viewer = Viewer(context.identity) else { throw AppError.unauthorised }
        let item = try await services.moderation.item(try context.uuidParameter("id", what: "opportunity"))
        return HTMLResponse.page(ModerationItemPage(viewer: viewer, item: item, today: services.today))
    }

    @Sendable func approvePage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.uuidParameter("id", what: "opportunity")
        return try await decidingOnPage(id, context) {
            try await services.moderation.approve(id, by: $0)
            return Response.redirect(to: ModerationRoutes.queue.link + "?done=approved")
        }
    }

    @Sendable func returnPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormBody.read(&request)
        let id = try context.uuidParameter("id", what: "opportunity")
        let reason = form[ConfirmationPage.reasonField]
        return try await decidingOnPage(id, context) {
            // Returning a published listing takes it down: ask first, with the reason typed.
            let item = try await services.moderation.item(id)
            if item.isPublished, !item.isChange, form[ConfirmationPage.confirmedField] != "yes", let viewer = Viewer(context.identity) {
                if case .failure(let error) = Moderation.returnReason(reason) { throw AppError.invalid(ValidationFailure([error])) }
                return HTMLResponse.page(
                    ConfirmationPage(
                        viewer: viewer, heading: "Take down “\(item.title)”?",
                        consequences: [
                            "It leaves the search results and its page at once: schools and students can no longer find it.",
                            "The provider is told, with your reason, and it returns when they change it and a moderator approves it.",
                        ],
                        action: ModerationRoutes.returnListing.link(id), confirmLabel: "Yes, take it down",
                        back: ModerationRoutes.item.link(id),
                        reason: .init(label: "Reason for returning it", hint: "The provider sees this. Say what to change.", value: reason),
                        marksConfirmed: true))
            }
            try await services.moderation.returnToProvider(id, reason: reason, by: $0)
            return Response.redirect(to: ModerationRoutes.queue.link + "?done=\(item.isChange ? "returned-change" : "returned")")
        }
    }

    /// Runs a decision; a refused one shows the item again with the reason.
    private func decidingOnPage(
        _ id: UUID, _ context: AppRequestContext,
        _ decide: (Identity) async throws -> Response
    ) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        do {
            return try await decide(identity)
        } catch let error as AppError where [400, 409].contains(error.status.code) {
            let item = try await services.moderation.item(id)
            return HTMLResponse.page(
                ModerationItemPage(viewer: viewer, item: item, today: services.today, problem: FormProblem(error)), status: error.status)
        }
    }

    // MARK: API

    @Sendable func queue(_ request: Request, context: AppRequestContext) async throws -> Response {
        let items = try await services.moderation.queue(for: context.requester)
        return try JSONResponse.make(ModerationQueueDTO(items: items.map(ModerationItemDTO.init)))
    }

    @Sendable func approve(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let id = try context.uuidParameter("id", what: "opportunity")
        try await services.moderation.approve(id, by: identity)
        return try JSONResponse.make(ModerationItemDTO(try await services.moderation.item(id)))
    }

    @Sendable func returnListing(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let id = try context.uuidParameter("id", what: "opportunity")
        let body = try await JSONBody.decode(ReturnRequestDTO.self, from: request, context: context)
        try await services.moderation.returnToProvider(id, reason: body.reason, by: identity)
        return Response(status: .noContent)
    }
}
