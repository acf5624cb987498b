import Foundation
import Hummingbird

/// What every page and operator needs: the stylesheet, liveness, metrics, the API's description.
enum SiteRoutes {
    static let stylesheet = SitePath("/assets/site.css")
    static let health = SitePath("/health")
    static let metrics = SitePath("/metrics")
    static let openAPI = SitePath("/api/v1/openapi.json")

    static func register(in table: inout RouteTable, services: AppServices) {
        table.add(.get, health, .anyone) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain"], body: .init(byteBuffer: ByteBuffer(string: "ok")))
        }
        table.add(.get, metrics, .anyone) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: AppMetrics.scrape(services))))
        }
        table.add(.get, openAPI, .anyone) { _, _ in try JSONResponse.make(OpenAPIDocument.document) }
        table.add(.get, stylesheet, .anyone) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
    }
}
