import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// A published listing stays live while a change to it waits for a moderator: search, its page
/// and everything students rely on keep the published version; approval swaps the change in,
/// returning it keeps the published version. Changes to what students rely on are refused once
/// places are requested, offered or pledged.
@Suite struct ListingLiveCopyTests {
    static func publicTitle(_ client: any TestClientProtocol, _ id: UUID) async throws -> String? {
        try await client.execute(uri: "/api/v1/opportunities/\(id.uuidString.lowercased())", method: .get) { response in
            try response.json()["title"] as? String
        }
    }

    static func searchTitles(_ client: any TestClientProtocol) async throws -> [String] {
        try await client.execute(uri: "/api/v1/opportunities?near=NE1%204ST", method: .get) { response in
            (try response.json()["items"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
        }
    }

    static func put(
        _ client: any TestClientProtocol, _ world: TestWorld, _ change: @escaping (inout OpportunityInput) -> Void
    ) async throws -> (status: HTTPResponse.Status, json: [String: Any]) {
        try await client.execute(
            uri: "/api/v1/opportunities/\(world.published.uuidString.lowercased())", method: .put,
            headers: bearer(world.providerAKey), body: jsonBody(OpportunityInput.mock("published", change))
        ) { ($0.status, (try? $0.json()) ?? [:]) }
    }

    @Test func anEditWaitsBesideTheLiveVersionThenApprovalSwapsItIn() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let hub = try await world.token(.hubCoordinator)
            let id = world.published.uuidString.lowercased()
            try await app.client { client in
                let saved = try await Self.put(client, world) { $0.title = "Engineering week (new dates soon)" }
                #expect(saved.status == .ok)
                #expect(saved.json["change_status"] as? String == "waiting")
                // Students still find and read the published version.
                #expect(try await Self.searchTitles(client).contains("Engineering work placement"))
                #expect(try await Self.publicTitle(client, world.published) == "Engineering work placement")
                try await client.execute(uri: CatalogueRoutes.opportunity.link(world.published), method: .get) {
                    #expect($0.status == .ok)
                }
                // The moderator sees it as a change to a live listing, with what changed.
                try await client.execute(uri: "/api/v1/moderation/queue", method: .get, headers: bearer(hub)) { response in
                    let items = try response.json()["items"] as? [[String: Any]] ?? []
                    let item = try #require(items.first { $0["id"] as? String == id })
                    #expect(item["is_change"] as? Bool == true)
                    #expect(item["title"] as? String == "Engineering week (new dates soon)")
                    #expect((item["changes"] as? [[String: Any]])?.map { $0["field"] as? String } == ["title"])
                }
                // Returning the change keeps the published version live, and tells the provider why.
                try await client.execute(
                    uri: "/api/v1/opportunities/\(id)/return", method: .post, headers: bearer(hub),
                    body: ByteBuffer(string: #"{"reason": "Give the dates when you know them."}"#)
                ) { #expect($0.status == .noContent) }
                #expect(try await Self.publicTitle(client, world.published) == "Engineering work placement")
                #expect(try await ModerationTests.searchTotal(client, "q=engineering") == 1)
                try await client.execute(uri: "/api/v1/my/opportunities", method: .get, headers: bearer(world.providerAKey)) { response in
                    let items = try response.json()["items"] as? [[String: Any]] ?? []
                    let mine = try #require(items.first { $0["id"] as? String == id })
                    #expect(mine["status"] as? String == "published")
                    #expect(mine["change_status"] as? String == "returned")
                    #expect(mine["moderation_reason"] as? String == "Give the dates when you know them.")
                    #expect(mine["title"] as? String == "Engineering week (new dates soon)")
                }
                #expect(try await ModerationTests.queueIds(client, token: hub).contains(id) == false)
                // Submitted again and approved: the change is what students see.
                _ = try await Self.put(client, world) { $0.title = "Engineering week" }
                try await client.execute(uri: "/api/v1/opportunities/\(id)/approve", method: .post, headers: bearer(hub)) { response in
                    #expect(response.status == .ok)
                }
                #expect(try await Self.publicTitle(client, world.published) == "Engineering week")
                #expect(try await Self.searchTitles(client).contains("Engineering week"))
            }
            let row = try #require(try await OpportunityModel.find(world.published, on: app.services.storage.database))
            #expect(row.pendingDetailsJSON == nil)
            #expect(row.effectiveStatus == .published)
            #expect(try row.approvedDetails()?.title == "Engineering week")
            let subjects = try await OutboxMessageModel.query(on: app.services.storage.database).all().map(\.subject)
            #expect(subjects.contains("Your changes need more work"))
            #expect(subjects.contains("Your changes are published"))
        }
    }

    /// A moderator can still take a live listing down (no change waiting): it leaves search.
    @Test func takingDownALiveListingStillRemovesIt() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let admin = try await world.token(.nationalAdmin)
            try await app.client { client in
                try await client.execute(
                    uri: "/api/v1/opportunities/\(world.published.uuidString)/return", method: .post, headers: bearer(admin),
                    body: ByteBuffer(string: #"{"reason": "Out of date."}"#)
                ) { #expect($0.status == .noContent) }
                #expect(try await ModerationTests.searchTotal(client, "q=engineering") == 0)
            }
        }
    }

    /// Once a student has asked for a place, the dates, place and years stay; other answers
    /// may still change (and wait for a moderator). Every refused field is named, nothing stored.
    @Test func changesToWhatStudentsRelyOnAreRefusedOncePlacesAreAskedFor() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            try await world.studentAsksForPublished()
            let before = try #require(try await OpportunityModel.find(world.published, on: db))
            try await app.client { client in
                let refused = try await Self.put(client, world) {
                    $0.sessions = [.init(start: "2027-07-12", end: "2027-07-16")]
                    $0.postcode = "NE8 1EP"
                    $0.years = [11]
                    $0.mode = "hybrid"
                    $0.type = "hybrid_placement"
                }
                #expect(refused.status == .badRequest)
                let details = ((refused.json["error"] as? [String: Any])?["details"] as? [[String: Any]]) ?? []
                #expect(Set(details.compactMap { $0["field"] as? String }) == ["sessions", "postcode", "years", "mode"])
                #expect(details.allSatisfy { ($0["message"] as? String)?.contains("now that places are") == true })
                let after = try #require(try await OpportunityModel.find(world.published, on: db))
                #expect(after.detailsJSON == before.detailsJSON)
                #expect(after.pendingDetailsJSON == nil)
                // A new title or more places are fine.
                let allowed = try await Self.put(client, world) {
                    $0.title = "Engineering work placement, July"
                    $0.capacity = 6
                }
                #expect(allowed.status == .ok)
                #expect(allowed.json["change_status"] as? String == "waiting")
            }
        }
    }

    /// Places can fall, but never below those already offered or pledged to a round.
    @Test func placesCannotFallBelowThoseAlreadyPromised() async throws {
        try await withApp { app in
            var built = try await TestWorld.build(app)
            try await built.makeRound()
            _ = try await built.requestedOffer()
            let world = built
            let row = try #require(try await OpportunityModel.find(world.published, on: app.services.storage.database))
            #expect(row.placesTaken == 2)
            try await app.client { client in
                let refused = try await Self.put(client, world) { $0.capacity = 1 }
                #expect(refused.status == .badRequest)
                let details = ((refused.json["error"] as? [String: Any])?["details"] as? [[String: Any]]) ?? []
                #expect(details.first?["field"] as? String == "capacity")
                #expect((details.first?["message"] as? String)?.contains("at least 2") == true)
                let enough = try await Self.put(client, world) { $0.capacity = 2 }
                #expect(enough.status == .ok)
            }
        }
    }

    /// A change that waited while a student asked for a place cannot then be approved if it moves
    /// the dates: the moderator is told why, and the published version stays.
    @Test func approvalChecksAgainWhatStudentsRelyOn() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let hub = try await world.token(.hubCoordinator)
            try await app.client { client in
                let saved = try await Self.put(client, world) { $0.sessions = [.init(start: "2027-07-12", end: "2027-07-16")] }
                #expect(saved.status == .ok)
                try await world.studentAsksForPublished()
                try await client.execute(
                    uri: "/api/v1/opportunities/\(world.published.uuidString)/approve", method: .post, headers: bearer(hub)
                ) { response in
                    #expect(response.status == .badRequest)
                    #expect(response.text.contains("now that places are"))
                }
                try await client.execute(uri: "/api/v1/opportunities/\(world.published.uuidString)", method: .get) { response in
                    let sessions = try response.json()["sessions"] as? [[String: Any]]
                    #expect(sessions?.first?["start"] as? String == "2027-07-05")
                }
            }
            let row = try #require(try await OpportunityModel.find(world.published, on: app.services.storage.database))
            #expect(row.hasWaitingChange)
        }
    }

    /// The provider's pages say where the change stands.
    @Test func theProvidersPagesSayTheChangeWaitsBesideTheLiveVersion() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let session = try await world.session(.providerAdmin)
            // The filled-in form keeps the listing's place and dates and changes its title ("Robotics week").
            let fields = ProviderPagesTests.filledIn
            try await app.client { client in
                let posted = try await ProviderPagesTests.post(
                    client, CatalogueRoutes.providerListing.link(world.published), session: session,
                    fields + [(ListingForm.Intent.field, "publish")])
                #expect(posted.status == 303)
                #expect(posted.location == CatalogueRoutes.providerListings.link + "?done=changed")
                try await client.execute(uri: posted.location!, method: .get, headers: session.headers) { response in
                    #expect(response.text.contains("until then students see the published version"))
                    #expect(response.text.contains("Published; your changes wait for a moderator"))
                    #expect(response.text.contains("Robotics week"))
                }
                try await client.execute(uri: CatalogueRoutes.providerListing.link(world.published), method: .get, headers: session.headers)
                {
                    response in
                    #expect(response.text.contains("Your changes below wait for a moderator"))
                    #expect(response.text.contains(#"value="Robotics week""#))
                }
                #expect(try await Self.publicTitle(client, world.published) == "Engineering work placement")
            }
        }
    }
}
