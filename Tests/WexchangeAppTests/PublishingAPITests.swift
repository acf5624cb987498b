import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

@Suite struct PublishingAPITests {
    func count(_ app: TestApp) async throws -> Int {
        try await OpportunityModel.query(on: app.services.storage.database).count()
    }

    @Test func createNeedsAValidKey() async throws {
        try await withApp { app in
            try await app.client { client in
                try await client.execute(uri: "/api/v1/opportunities", method: .post, body: jsonBody(OpportunityInput.mock())) { response in
                    #expect(response.status == .unauthorized)
                }
                try await client.execute(
                    uri: "/api/v1/opportunities", method: .post, headers: bearer("wex_nonsense"),
                    body: jsonBody(OpportunityInput.mock())
                ) { response in
                    #expect(response.status == .unauthorized)
                    let error = try response.json()["error"]
                    #expect(error != nil)
                }
            }
            #expect(try await count(app) == 0)
        }
    }

    @Test func providerCreatesUpdatesAndWithdrawsItsListing() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            try await app.client { client in
                let id = try await client.execute(
                    uri: "/api/v1/opportunities", method: .post, headers: bearer(provider.key),
                    body: jsonBody(OpportunityInput.mock("x1"))
                ) { response in
                    #expect(response.status == .created)
                    let body = try response.json()
                    #expect(response.headers[.location] == "/api/v1/opportunities/\(body["id"] as! String)")
                    #expect(body["status"] as? String == "published")
                    return body["id"] as! String
                }
                try await client.execute(uri: "/api/v1/opportunities?q=engineering", method: .get) { response in
                    let json = try response.json()

                    #expect(json["total"] as? Int == 1)
                }
                try await client.execute(
                    uri: "/api/v1/opportunities/\(id)", method: .put, headers: bearer(provider.key),
                    body: jsonBody(OpportunityInput.mock("x1") { $0.title = "Robotics placement" })
                ) { response in
                    #expect(response.status == .ok)
                    let json = try response.json()

                    #expect(json["title"] as? String == "Robotics placement")
                }
                try await client.execute(uri: "/api/v1/opportunities?q=robotics", method: .get) { response in
                    let json = try response.json()

                    #expect(json["total"] as? Int == 1)
                }
                try await client.execute(uri: "/api/v1/opportunities/\(id)", method: .delete, headers: bearer(provider.key)) { response in
                    #expect(response.status == .noContent)
                }
                try await client.execute(uri: "/api/v1/opportunities/\(id)", method: .get) { response in
                    #expect(response.status == .notFound)
                }
            }
        }
    }

    @Test func anotherProvidersListingIsForbidden() async throws {
        try await withApp { app in
            let owner = try await app.makeProvider("Owner")
            let other = try await app.makeProvider("Other")
            let listing = try await app.services.listings.create(providerID: owner.id, input: .mock("mine"))
            try await app.client { client in
                try await client.execute(
                    uri: "/api/v1/opportunities/\(listing.id)", method: .put, headers: bearer(other.key),
                    body: jsonBody(OpportunityInput.mock("mine") { $0.title = "Hijacked" })
                ) { response in
                    #expect(response.status == .forbidden)
                }
                try await client.execute(uri: "/api/v1/opportunities/\(listing.id)", method: .delete, headers: bearer(other.key)) {
                    response in
                    #expect(response.status == .forbidden)
                }
            }
            #expect(app.services.catalogue.index.entry(id: listing.id)?.details.title == "Engineering work placement")
        }
    }

    @Test func invalidListingIs400NamingTheFieldAndStoresNothing() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            try await app.client { client in
                let cases: [(String, String)] = [
                    (#"{"title": "x"#, "invalid_json"),
                    (#"{"capacity": "four"}"#, "capacity"),
                    (#"[]"#, "invalid_json"),
                ]
                for (body, expected) in cases {
                    try await client.execute(
                        uri: "/api/v1/opportunities", method: .post, headers: bearer(provider.key),
                        body: ByteBuffer(string: body)
                    ) { response in
                        #expect(response.status == .badRequest, "\(body)")
                        let error = try response.json()["error"] as? [String: Any]
                        #expect(error?["field"] as? String == expected || error?["code"] as? String == expected, "\(body)")
                    }
                }
                try await client.execute(
                    uri: "/api/v1/opportunities", method: .post, headers: bearer(provider.key),
                    body: jsonBody(
                        OpportunityInput.mock {
                            $0.capacity = 0; $0.postcode = "ZZ99 9ZZ"
                        })
                ) { response in
                    #expect(response.status == .badRequest)
                    let error = try response.json()["error"] as! [String: Any]
                    let fields = (error["details"] as! [[String: Any]]).map { $0["field"] as! String }
                    #expect(Set(fields) == ["capacity", "postcode"])
                }
            }
            #expect(try await count(app) == 0)
        }
    }

    @Test func duplicateExternalIdIsAConflict() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            try await app.client { client in
                for expected in [HTTPResponse.Status.created, .conflict] {
                    try await client.execute(
                        uri: "/api/v1/opportunities", method: .post, headers: bearer(provider.key),
                        body: jsonBody(OpportunityInput.mock("same"))
                    ) { #expect($0.status == expected) }
                }
            }
            #expect(try await count(app) == 1)
        }
    }
}

@Suite struct ProviderAccountTests {
    @Test(arguments: ["", "   ", String(repeating: "x", count: 201)])
    func providerNeedsANameOf1To200Characters(name: String) async throws {
        try await withApp { app in
            do {
                _ = try await ProviderCommands.create(
                    name: name, kind: .employer, sizeBand: .small, sectors: [], website: nil,
                    contactEmail: nil, services: app.services)
                Issue.record("expected the name to be refused")
            } catch let error as AppError {
                #expect(error.field == "name")
                #expect(error.status == .badRequest)
            }
            #expect(try await ProviderModel.query(on: app.services.storage.database).count() == 0)
        }
    }
}
