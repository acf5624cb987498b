import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

@Suite struct FeedTests {
    struct Feed: Encodable { let items: [OpportunityInput] }

    func put(
        _ client: any TestClientProtocol, key: String, _ items: [OpportunityInput], mode: String? = nil
    )
        async throws -> (HTTPResponse.Status, [String: Any])
    {
        try await client.execute(
            uri: "/api/v1/feed" + (mode.map { "?mode=\($0)" } ?? ""), method: .put, headers: bearer(key),
            body: jsonBody(Feed(items: items))
        ) { ($0.status, try $0.json()) }
    }

    @Test func feedIsAnIdempotentUpsert() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            let feed: [OpportunityInput] = [.mock("a"), .mock("b", postcode: "NE8 1EP"), .virtualMock("c")]
            try await app.client { client in
                let (status, first) = try await put(client, key: provider.key, feed)
                #expect(status == .ok)
                #expect(first as NSDictionary == ["created": 3, "updated": 0, "unchanged": 0, "closed": 0])
                let (_, again) = try await put(client, key: provider.key, feed)
                #expect(again as NSDictionary == ["created": 0, "updated": 0, "unchanged": 3, "closed": 0])
                var changed = feed
                changed[1].capacity = 9
                let (_, third) = try await put(client, key: provider.key, changed)
                #expect(third as NSDictionary == ["created": 0, "updated": 1, "unchanged": 2, "closed": 0])
            }
            #expect(app.services.catalogue.index.count == 3)
        }
    }

    @Test func fullModeClosesListingsMissingFromTheFeed() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            try await app.client { client in
                _ = try await put(client, key: provider.key, [.mock("a"), .mock("b"), .virtualMock("c")])
                let (status, report) = try await put(client, key: provider.key, [.mock("a")], mode: "full")
                #expect(status == .ok)
                #expect(report as NSDictionary == ["created": 0, "updated": 0, "unchanged": 1, "closed": 2])
                let (badStatus, _) = try await put(client, key: provider.key, [.mock("a")], mode: "everything")
                #expect(badStatus == .badRequest)
            }
            #expect(app.services.catalogue.index.count == 1)
        }
    }

    @Test func oneInvalidItemRejectsTheWholeFeedListingEveryProblem() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            try await app.client { client in
                _ = try await put(client, key: provider.key, [.mock("keep")])
                let before = try await OpportunityModel.query(on: app.services.storage.database).all().map { try $0.details() }
                let items: [OpportunityInput] = [
                    .mock("ok"),
                    .mock("bad-capacity") { $0.capacity = 0 },
                    .mock(nil),
                    .mock("ok"),
                    .mock("keep") { $0.years = [6] },
                ]
                let (status, body) = try await put(client, key: provider.key, items)
                #expect(status == .unprocessableContent)
                let details = (body["error"] as! [String: Any])["details"] as! [[String: Any]]
                let found = details.map { "\($0["index"]!):\($0["field"]!)" }
                #expect(found == ["1:capacity", "2:external_id", "3:external_id", "4:years"])
                #expect(details[0]["external_id"] as? String == "bad-capacity")
                let after = try await OpportunityModel.query(on: app.services.storage.database).all().map { try $0.details() }
                #expect(after == before)
            }
        }
    }

    @Test func feedOfMoreThan5000ItemsIsRefused() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            try await app.client { client in
                let (status, body) = try await put(client, key: provider.key, Array(repeating: .virtualMock("x"), count: 5_001))
                #expect(status == .contentTooLarge)
                #expect((body["error"] as? [String: Any])?["code"] as? String == "feed_too_large")
            }
            #expect(try await OpportunityModel.query(on: app.services.storage.database).count() == 0)
        }
    }

    /// A feed may not move what students rely on either: the whole feed is refused with each
    /// item's refused fields, and nothing in it is written (not even its new listings).
    @Test func aFeedCannotMoveWhatStudentsRelyOn() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            try await world.studentAsksForPublished()
            let before = try await OpportunityModel.query(on: db).count()
            let moved = OpportunityInput.mock("published") { $0.sessions = [.init(start: "2027-07-12", end: "2027-07-16")] }
            try await app.client { client in
                let (status, body) = try await put(client, key: world.providerAKey, [.mock("brand-new"), moved])
                #expect(status == .unprocessableContent)
                let details = (body["error"] as? [String: Any])?["details"] as? [[String: Any]] ?? []
                #expect(details.count == 1)
                #expect(details.first?["index"] as? Int == 1)
                #expect(details.first?["external_id"] as? String == "published")
                #expect(details.first?["field"] as? String == "sessions")
                #expect((details.first?["message"] as? String)?.contains("now that places are") == true)
            }
            #expect(try await OpportunityModel.query(on: db).count() == before)
            let row = try #require(try await OpportunityModel.find(world.published, on: db))
            #expect(row.pendingDetailsJSON == nil)
            #expect(try row.details().schedule.firstDay?.description == "2027-07-05")
        }
    }
}
