import Foundation
import Testing
@testable import WexchangeApp

@Suite struct OpenAPITests {
    @Test func everyAPIRouteIsDocumentedAndEveryDocumentedRouteExists() async throws {
        try await withApp { app in
            let registered = Set(app.routes.entries.filter { $0.path.hasPrefix("/api/") || $0.path == "/health" }
                .map { "\($0.method) \($0.path)" })
            guard case .object(let paths)? = OpenAPIDocument.document["paths"] else { Issue.record("no paths"); return }
            var documented = Set<String>()
            for (path, item) in paths {
                guard case .object(let operations) = item else { continue }
                for method in operations.keys where ["get", "put", "post", "delete", "patch"].contains(method) {
                    documented.insert("\(method.uppercased()) \(path)")
                }
            }
            #expect(registered == documented)
            #expect(OpenAPIDocument.document["openapi"] == .string("3.1.0"))
        }
    }

    @Test func documentIsServed() async throws {
        try await withApp { app in
            try await app.client { client in
                try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
                    #expect(response.status == .ok)
                    let json = try response.json()

                    #expect(json["openapi"] as? String == "3.1.0")
                }
            }
        }
    }
}
