import Foundation
import Hummingbird

/// Turns the request's credentials into `context.identity`. Pages read the session cookie; the
/// API reads only `Authorization: Bearer` (no ambient credentials, so no CSRF to guard against).
/// Requests without credentials cost nothing here.
struct IdentityMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let services: AppServices

    static let sessionCookie = "wex_session"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let header = request.headers[.authorization] {
            guard header.lowercased().hasPrefix("bearer ") else {
                throw AppError(.unauthorized, code: "unauthorised", message: "send credentials as 'Authorization: Bearer <token>'")
            }
            let token = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
            guard let identity = try await services.authenticator.identity(bearer: token) else {
                throw AppError(.unauthorized, code: "unauthorised", message: "the API key or token is not valid")
            }
            context.identity = identity
        } else if !request.uri.path.hasPrefix("/api/"), let token = request.cookies[Self.sessionCookie]?.value {
            context.identity = try await services.authenticator.identity(sessionToken: token)
        }
        return try await next(request, context)
    }
}
