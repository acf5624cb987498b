import Foundation
import Hummingbird

/// Where a request really comes from, and whether it came over https. `X-Forwarded-For` and
/// `X-Forwarded-Proto` are believed only from the proxies named in `TRUSTED_PROXIES`: anyone
/// else could send them to dodge a rate limit or claim a secure connection.
struct ClientOriginMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let trustedProxies: Set<String>
    /// `PUBLIC_URL` is https: every cookie is `Secure`, whatever the request says.
    let publicURLIsHTTPS: Bool

    static let forwardedFor = HTTPFields.Element.Name("X-Forwarded-For")!
    static let forwardedProto = HTTPFields.Element.Name("X-Forwarded-Proto")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let fromProxy = trustedProxies.contains(context.remoteAddress)
        if fromProxy, let chain = request.headers[Self.forwardedFor] {
            // The proxy appends the address it saw last; earlier entries are the client's claims.
            if let client = chain.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) }, !client.isEmpty {
                context.remoteAddress = client
            }
        }
        context.isSecure =
            publicURLIsHTTPS || request.uri.scheme == .https
            || (fromProxy && request.headers[Self.forwardedProto]?.lowercased() == "https")
        return try await next(request, context)
    }
}
