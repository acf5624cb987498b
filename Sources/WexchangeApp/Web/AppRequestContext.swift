import Foundation
import Hummingbird
import WexchangeCore

public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Who is asking, set by `IdentityMiddleware` (nil: nobody signed in).
    var identity: Identity?
    /// The network address the request came from, for rate limits: the peer, or the client a
    /// trusted proxy names (`ClientOriginMiddleware`).
    var remoteAddress: String
    /// Whether the browser reached the site over https (so cookies are `Secure`).
    var isSecure = false

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    var requester: Requester { identity?.requester ?? .anonymous }

    /// DTOs returned as `ResponseEncodable` are written as every JSON answer is (`JSONResponse.encoder`).
    public var responseEncoder: JSONEncoder { JSONResponse.encoder }

    /// Request bodies are JSON listings or feeds of up to 5,000 listings.
    public var maxUploadSize: Int { 32 * 1024 * 1024 }
}
