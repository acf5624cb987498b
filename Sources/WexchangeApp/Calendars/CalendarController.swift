import Foundation
import Hummingbird
import WexchangeCore

/// The calendar feed, and making or stopping a private calendar link through the page and the
/// API. Access is decided by the routes.
struct CalendarController: Sendable {
    let services: AppServices

    /// `GET /calendar/{key}`: the feed, or 404 for a key that does not work (stopped, replaced or
    /// never made: which, is nobody's business).
    @Sendable func feed(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let body = try await services.calendarLinks.feed(key: context.parameters.get("key") ?? "") else {
            throw AppError.notFound("This calendar")
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/calendar; charset=utf-8", .cacheControl: "private, max-age=900",
                .contentDisposition: "inline; filename=\"placements.ics\"",
            ],
            body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// `GET /calendar-link`.
    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        var page = try await page(context)
        page.stopped = request.queryValue("done") == "stopped"
        return HTMLResponse.page(page)
    }

    /// `POST /calendar-link`: a new link, shown this once on the page.
    @Sendable func make(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let address = try await services.calendarLinks.make(by: identity)
        var page = try await page(context)
        page.newAddress = address
        var response = HTMLResponse.page(page)
        response.headers[.cacheControl] = "no-store"  // the address is a secret, shown once
        return response
    }

    /// `POST /calendar-link/stop`.
    @Sendable func stop(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        try await services.calendarLinks.stop(by: identity)
        return Response.redirect(to: CalendarRoutes.link.link + "?done=stopped")
    }

    /// `POST /api/v1/calendar-link`: `{"url": …}`, shown this once; any earlier link stops.
    @Sendable func apiMake(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let address = try await services.calendarLinks.make(by: identity)
        return try JSONResponse.make(CalendarLinkDTO(url: address), status: .created)
    }

    /// `DELETE /api/v1/calendar-link`: 204, whether or not a link was working (stopping is idempotent).
    @Sendable func apiStop(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        try await services.calendarLinks.stop(by: identity)
        return Response(status: .noContent)
    }

    private func page(_ context: AppRequestContext) async throws -> CalendarLinkPage {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        return CalendarLinkPage(
            viewer: viewer, forStudent: identity.role == .student, madeAt: try await services.calendarLinks.current(for: identity))
    }
}

struct CalendarLinkDTO: Encodable, Sendable {
    let url: String
}
