import Foundation
import Hummingbird

/// Turns the request's credentials into `context.identity`. Pages read only the session cookie;
/// the API (`/api/…`) only `Authorization: Bearer`. Requests without credentials cost nothing here.
struct IdentityMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let services: AppServices

    static let sessionCookie = "wex_session"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if request.uri.path.hasPrefix("/api/") {
            // The API reads only `Authorization: Bearer` (no ambient credentials, so no CSRF).
            if let header = request.headers[.authorization] {
                guard header.lowercased().hasPrefix("bearer ") else {
                    throw AppError(.unauthorized, code: "unauthorised", message: "send credentials as 'Authorization: Bearer <token>'")
                }
                let token = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
                guard let identity = try await services.authenticator.identity(bearer: token) else {
                    throw AppError(.unauthorized, code: "unauthorised", message: "the API key or token is not valid")
                }
                context.identity = identity
            }
        } else if let token = request.cookies[Self.sessionCookie]?.value {
            // Pages read only the session cookie: an API key or token sent to a page is ignored, so
            // it can never act there (where forms manage members and credentials).
            context.identity = try await services.authenticator.identity(sessionToken: token)
        }
        return try await next(request, context)
    }
}
