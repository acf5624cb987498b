import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

@Suite struct SearchAPITests {
    /// Newcastle (NE1), Gateshead (NE8), Durham (~20 km), London (far) and one virtual listing.
    func seeded(_ app: TestApp) async throws {
        let provider = try await app.makeProvider()
        let writer = app.services.listings
        for (id, postcode) in [("ne1", "NE1 4ST"), ("ne8", "NE8 1EP"), ("durham", "DH1 3LE"), ("london", "SW1A 1AA")] {
            _ = try await writer.create(providerID: provider.id, input: .mock(id, postcode: postcode))
        }
        _ = try await writer.create(providerID: provider.id, input: .virtualMock("online"))
        _ = try await writer.create(providerID: provider.id, input: .mock("draft") { $0.status = "draft" })
    }

    @Test func nearOrdersInPersonByDistanceWithinTheRadiusThenVirtual() async throws {
        try await withApp { app in
            try await seeded(app)
            try await app.client { client in
                try await client.execute(uri: "/api/v1/opportunities?near=NE1%204ST&within_km=20&year=10", method: .get) { response in
                    #expect(response.status == .ok)
                    let body = try response.json()
                    let items = body["items"] as! [[String: Any]]
                    #expect(items.map { $0["external_id"] as! String } == ["ne1", "ne8", "online"])
                    let distances = items.compactMap { $0["distance_km"] as? Double }
                    #expect(distances == distances.sorted() && distances.allSatisfy { $0 <= 20 })
                    #expect(items.last!["distance_km"] is NSNull)
                    #expect(body["total"] as? Int == 3)
                    let facets = body["facets"] as! [String: Any]
                    #expect((facets["mode"] as! [String: Int])["virtual"] == 1)
                    #expect(facets["total"] as? Int == 3)
                }
            }
        }
    }

    @Test func onlyPublishedListingsAreListedAndShown() async throws {
        try await withApp { app in
            try await seeded(app)
            try await app.client { client in
                let body = try await client.execute(uri: "/api/v1/opportunities?limit=100", method: .get) { try $0.json() }
                let ids = (body["items"] as! [[String: Any]]).map { $0["external_id"] as! String }
                #expect(Set(ids) == ["ne1", "ne8", "durham", "london", "online"])
                // Without `near` there is no distance at all.
                #expect((body["items"] as! [[String: Any]]).allSatisfy { $0["distance_km"] == nil })
            }
        }
    }

    @Test func detailReturnsOnePublishedListingOr404() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            let published = try await app.services.listings.create(providerID: provider.id, input: .mock("a"))
            let draft = try await app.services.listings.create(providerID: provider.id, input: .mock("b") { $0.status = "draft" })
            try await app.client { client in
                try await client.execute(uri: "/api/v1/opportunities/\(published.id)", method: .get) { response in
                    #expect(response.status == .ok)
                    let body = try response.json()
                    #expect(body["description"] as? String == "Shadow engineers and join site visits.")
                    #expect((body["provider"] as? [String: Any])?["name"] as? String == "Tyne Engineering Ltd")
                }
                for uri in ["/api/v1/opportunities/\(draft.id)", "/api/v1/opportunities/\(UUID())", "/api/v1/opportunities/not-a-uuid"] {
                    try await client.execute(uri: uri, method: .get) { response in
                        #expect(response.status == .notFound, "\(uri)")
                        let error = try response.json()["error"] as? [String: Any]
                        #expect(error?["code"] as? String == "not_found")
                    }
                }
            }
        }
    }

    @Test(arguments: [
        ("type=banana", "type"), ("year=6", "year"), ("within_km=-1", "within_km"), ("limit=1000", "limit"),
        ("from=2027-13-01", "from"), ("cursor=%%%", "cursor"), ("near=ZZ99%209ZZ", "near"), ("sort=distance", "sort"),
        ("mode=x", "mode"), ("sector=x", "sector"), ("stage=x", "stage"), ("skill=x", "skill"), ("subject=x", "subject"),
        ("send=x", "send"), ("accredited=perhaps", "accredited"), ("has_places=2", "has_places"), ("to=soon", "to"),
    ])
    func invalidFiltersAre400NamingTheParameter(query: String, parameter: String) async throws {
        try await withApp { app in
            try await app.client { client in
                try await client.execute(uri: "/api/v1/opportunities?\(query)", method: .get) { response in
                    #expect(response.status == .badRequest)
                    let error = try response.json()["error"] as? [String: Any]
                    #expect(error?["field"] as? String == parameter)
                    #expect(error?["code"] as? String == "invalid_parameter")
                    #expect((error?["message"] as? String)?.hasPrefix(parameter) == true)
                }
            }
        }
    }

    @Test func unknownPostcodeMessageNamesIt() async throws {
        try await withApp { app in
            try await app.client { client in
                try await client.execute(uri: "/api/v1/opportunities?near=ZZ99%209ZZ", method: .get) { response in
                    #expect(response.status == .badRequest)
                    #expect(response.text.contains("ZZ99 9ZZ"))
                }
            }
        }
    }

    @Test func cursorPagesThroughEverythingOnce() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            for n in 0..<7 {
                _ = try await app.services.listings.create(
                    providerID: provider.id, input: .mock("l\(n)", postcode: ["NE1 4ST", "NE8 1EP", "DH1 3LE"][n % 3]))
            }
            try await app.client { client in
                var seen: [String] = []
                var cursor: String?
                repeat {
                    let uri = "/api/v1/opportunities?near=NE1&within_km=50&limit=3" + (cursor.map { "&cursor=\($0)" } ?? "")
                    let body = try await client.execute(uri: uri, method: .get) { try $0.json() }
                    seen += (body["items"] as! [[String: Any]]).map { $0["external_id"] as! String }
                    cursor = body["next_cursor"] as? String
                } while cursor != nil
                #expect(seen.count == 7 && Set(seen).count == 7)
            }
        }
    }
}
