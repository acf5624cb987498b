import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore

/// What an operator relies on (issue 12): `/metrics` in Prometheus text, a request id on every
/// response, HEAD wherever GET.
@Suite struct OperabilityTests {
    @Test func metricsCountRequestsAndReadTheCatalogueNow() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            for n in 0..<3 { _ = try await app.services.listings.create(providerID: provider.id, input: .mock("m\(n)")) }
            try await app.client { client in
                for _ in 0..<2 {
                    try await client.execute(uri: "/api/v1/opportunities?q=engineering", method: .get) { #expect($0.status == .ok) }
                }
                try await client.execute(uri: "/metrics", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
                    let text = String(buffer: response.body)
                    let lines = text.split(separator: "\n").map(String.init)
                    #expect(
                        lines.contains("wexchange_catalogue_listings 3.0") || lines.contains("wexchange_catalogue_listings 3"), "\(text)")
                    #expect(lines.contains { $0.hasPrefix("wexchange_catalogue_revision ") })
                    #expect(lines.contains { $0.hasPrefix("wexchange_catalogue_refresh_age_seconds ") })
                    #expect(lines.contains { $0.hasPrefix("wexchange_db_transactions_in_flight ") })
                    #expect(lines.contains("# TYPE wexchange_sign_in_throttled_total counter"))
                    // Per route pattern (not per URL), method and status, with a latency histogram.
                    let searches = lines.filter { $0.contains("/api/v1/opportunities\"") && $0.contains("GET") && !$0.hasPrefix("#") }
                    #expect(searches.contains { $0.contains("_bucket{") }, "\(searches)")
                    #expect(!lines.contains { $0.contains("q=engineering") })
                    #expect(lines.contains("# TYPE wexchange_password_reset_requests_total counter"))
                }
            }
        }
    }

    @Test func everyResponseCarriesItsOwnRequestId() async throws {
        try await withApp { app in
            try await app.client { client in
                var ids: [String] = []
                for uri in ["/", "/api/v1/opportunities", "/no-such-page", "/api/v1/opportunities/not-a-uuid"] {
                    try await client.execute(uri: uri, method: .get) { response in
                        let id = response.headers[HTTPFields.Element.Name("X-Request-Id")!]
                        #expect(id?.isEmpty == false, "\(uri)")
                        ids.append(id ?? "")
                    }
                }
                #expect(Set(ids).count == ids.count)
            }
        }
    }

    @Test func headAnswersWhereverGetDoes() async throws {
        try await withApp { app in
            try await app.client { client in
                for uri in ["/", "/about", "/api/v1/opportunities", "/api/v1/openapi.json", "/health", "/metrics", "/sign-in"] {
                    let get = try await client.execute(uri: uri, method: .get) { ($0.status, $0.headers[.contentType]) }
                    try await client.execute(uri: uri, method: .head) { response in
                        #expect(response.status == get.0 && get.0 == .ok, "\(uri)")
                        #expect(response.headers[.contentType] == get.1, "\(uri)")
                        #expect(response.body.readableBytes == 0, "\(uri)")
                    }
                }
                try await client.execute(uri: "/no-such-page", method: .head) { #expect($0.status == .notFound) }
                // Each HEAD is counted under its route, and none is left "in flight".
                try await client.execute(uri: "/metrics", method: .get) { response in
                    let lines = String(buffer: response.body).split(separator: "\n")
                    #expect(lines.contains { $0.hasPrefix("hb_requests{http_route=\"/about\",http_request_method=\"HEAD\"") })
                    #expect(
                        lines.contains("http_server_active_requests{http_request_method=\"HEAD\"} 0.0"),
                        "\(lines.filter { $0.contains("active") })")
                }
            }
        }
    }
}
