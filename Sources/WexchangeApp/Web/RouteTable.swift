import Foundation
import Hummingbird
import WexchangeCore

/// Every route of the app, each registered once from its feature's typed paths with the access it
/// needs. The table is what the OpenAPI test compares with the published document, what the route
/// × role matrix test walks and what `wexchange routes` prints, so a route cannot be added without
/// documenting it and deciding who may use it.
public struct RouteTable {
    public struct Entry: Hashable, Sendable {
        public let method: String
        /// With `{name}` parameters, as OpenAPI writes them.
        public let path: String
        /// Who may use it, as the access policy names it.
        public let access: String
    }

    public private(set) var entries: [Entry] = []
    let router: Router<AppRequestContext>

    init(router: Router<AppRequestContext>) { self.router = router }

    /// Registers `handler` for `path` behind its access check and, for pages, the CSRF check.
    /// HEAD is answered wherever GET is (the router generates it).
    mutating func add(
        _ method: HTTPRequest.Method, _ path: some SitePattern, _ access: RouteAccess,
        _ handler: @escaping @Sendable (Request, AppRequestContext) async throws -> Response
    ) {
        let hummingbirdPath = path.pattern.replacingOccurrences(of: #"\{([a-z_]+)\}"#, with: ":$1", options: .regularExpression)
        router.on(RouterPath(hummingbirdPath), method: method) { request, context in
            var request = request
            try await access.check(request, context)
            try await CSRF.check(&request, context)
            return try await handler(request, context)
        }
        entries.append(Entry(method: method.rawValue, path: path.pattern, access: access.description))
    }

    /// The table as `wexchange routes` prints it: method, path, access rule.
    public var listing: String {
        let width = entries.map(\.path.count).max() ?? 0
        return entries.sorted { ($0.path, $0.method) < ($1.path, $1.method) }
            .map {
                "\($0.method.padding(toLength: 7, withPad: " ", startingAt: 0)) \($0.path.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.access)"
            }
            .joined(separator: "\n")
    }
}
