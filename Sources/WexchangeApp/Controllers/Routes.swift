import Foundation
import Hummingbird

/// Every route of the app, registered in one place. The table is also what the OpenAPI test
/// compares with the published document, so a route cannot be added without documenting it.
public struct RouteTable: Sendable {
    public struct Entry: Hashable, Sendable {
        public let method: String
        /// With `{name}` parameters, as OpenAPI writes them.
        public let path: String
    }

    public private(set) var entries: [Entry] = []

    mutating func add(_ method: HTTPRequest.Method, _ path: String, to router: Router<AppRequestContext>,
                      _ handler: @escaping @Sendable (Request, AppRequestContext) async throws -> Response) {
        let hummingbirdPath = path.replacingOccurrences(of: #"\{([a-z_]+)\}"#, with: ":$1", options: .regularExpression)
        router.on(RouterPath(hummingbirdPath), method: method) { request, context in try await handler(request, context) }
        entries.append(Entry(method: method.rawValue, path: path))
    }
}

enum Routes {
    /// Links built from the same paths that are registered.
    enum Link {
        static let search = "/"
        static let about = "/about"
        static let stylesheet = "/assets/site.css"
        static let openAPI = "/api/v1/openapi.json"
        static func opportunity(_ id: UUID) -> String { "/opportunities/\(id.uuidString.lowercased())" }
    }

    @discardableResult
    static func register(on router: Router<AppRequestContext>, services: AppServices) -> RouteTable {
        var table = RouteTable()
        let api = OpportunitiesAPI(services: services)
        let feed = FeedAPI(services: services)
        let pages = PagesController(services: services)

        // Operations
        table.add(.get, "/health", to: router) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain"], body: .init(byteBuffer: ByteBuffer(string: "ok")))
        }
        // API: finding opportunities (public)
        table.add(.get, "/api/v1/opportunities", to: router, api.search)
        table.add(.get, "/api/v1/opportunities/{id}", to: router, api.show)
        // API: publishing (provider API key)
        table.add(.post, "/api/v1/opportunities", to: router, api.create)
        table.add(.put, "/api/v1/opportunities/{id}", to: router, api.update)
        table.add(.delete, "/api/v1/opportunities/{id}", to: router, api.delete)
        table.add(.put, "/api/v1/feed", to: router, feed.upsert)
        // API: description
        table.add(.get, Link.openAPI, to: router) { _, _ in try JSONResponse.make(OpenAPIDocument.document) }
        // Pages
        table.add(.get, Link.search, to: router, pages.search)
        table.add(.get, "/opportunities/{id}", to: router, pages.opportunity)
        table.add(.get, Link.about, to: router, pages.about)
        table.add(.get, Link.stylesheet, to: router) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
        return table
    }
}

extension AppRequestContext {
    func uuidParameter(_ name: String, what: String) throws -> UUID {
        let text = parameters.get(name) ?? ""
        guard let id = UUID(uuidString: text) else { throw AppError.notFound("\(what) '\(text)'") }
        return id
    }
}
