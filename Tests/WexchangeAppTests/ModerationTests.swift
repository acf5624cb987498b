import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// The quality-assurance loop: untrusted providers' listings wait; the right moderator approves
/// or returns them; every decision is audited.
@Suite struct ModerationTests {
    static func queueIds(_ client: any TestClientProtocol, token: String) async throws -> [String] {
        try await client.execute(uri: "/api/v1/moderation/queue", method: .get, headers: bearer(token)) { response in
            #expect(response.status == .ok)
            return (try response.json()["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
    }

    static func searchTotal(_ client: any TestClientProtocol, _ query: String) async throws -> Int {
        try await client.execute(uri: "/api/v1/opportunities?\(query)", method: .get) { try $0.json()["total"] as? Int ?? -1 }
    }

    @Test func anUntrustedProvidersListingWaitsForTheHubThatCoversItsPostcode() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let hubToken = try await world.token(.hubCoordinator)
            let nationalToken = try await world.token(.nationalAdmin)
            // A coordinator of another hub.
            let durham = try await app.services.accounts.createUser(
                .init(
                    email: "durham@world.test", name: "Durham", password: TestWorld.password,
                    memberships: [.init(organisationId: world.otherHub, role: .hubCoordinator)]))
            let durhamMembership = try #require(
                try await MembershipModel.query(on: app.services.storage.database).filter(\.$user.$id == durham.id!).first())
            let durhamToken = try await app.services.authenticator.issuePersonalToken(
                userId: durham.id!, membershipId: durhamMembership.id!, label: "t")
            try await app.client { client in
                let id = try await client.execute(
                    uri: "/api/v1/opportunities", method: .post, headers: bearer(world.providerAKey),
                    body: jsonBody(OpportunityInput.mock("new-one") { $0.title = "Bridge building week" })
                ) { response in
                    #expect(response.status == .created)
                    let body = try response.json()
                    #expect(body["status"] as? String == "submitted")
                    return body["id"] as! String
                }
                #expect(try await Self.searchTotal(client, "q=bridge") == 0)
                #expect(try await Self.queueIds(client, token: hubToken).contains(id))
                // Each moderator sees their own queue (issue 21): a hub's in-person listing is not in the national one.
                #expect(try await !Self.queueIds(client, token: nationalToken).contains(id))
                #expect(try await !Self.queueIds(client, token: durhamToken).contains(id))
                // The other hub may not know it exists.
                try await client.execute(uri: "/api/v1/opportunities/\(id)/approve", method: .post, headers: bearer(durhamToken)) {
                    #expect($0.status == .notFound)
                }
                // Online listings go to national admins only.
                let virtualId = world.virtualWaiting.uuidString.lowercased()
                #expect(try await Self.queueIds(client, token: nationalToken).contains(virtualId))
                #expect(try await !Self.queueIds(client, token: hubToken).contains(virtualId))

                try await client.execute(uri: "/api/v1/opportunities/\(id)/approve", method: .post, headers: bearer(hubToken)) { response in
                    #expect(response.status == .ok)
                }
                #expect(try await Self.searchTotal(client, "q=bridge") == 1)
                #expect(try await !Self.queueIds(client, token: hubToken).contains(id))
                // Approving twice is a conflict, not a silent success.
                try await client.execute(uri: "/api/v1/opportunities/\(id)/approve", method: .post, headers: bearer(hubToken)) { response in
                    #expect(response.status == .conflict)
                }
            }
            let audit = try await AuditEntryModel.query(on: app.services.storage.database).all()
            #expect(audit.count == 1)
            #expect(audit.first?.action == "listing.approve")
            #expect(audit.first?.userId == world.users[.hubCoordinator])
            #expect(audit.first?.actingAs == "hub_coordinator")
        }
    }

    @Test func returningNeedsAReasonWhichTheProviderSees() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let hubToken = try await world.token(.hubCoordinator)
            let id = world.waiting.uuidString.lowercased()
            try await app.client { client in
                for body in [#"{}"#, #"{"reason": "   "}"#, #"{"reason": "\#(String(repeating: "x", count: 1001))"}"#] {
                    try await client.execute(
                        uri: "/api/v1/opportunities/\(id)/return", method: .post, headers: bearer(hubToken),
                        body: ByteBuffer(string: body)
                    ) { response in
                        #expect(response.status == .badRequest)
                        let error = try response.json()["error"] as? [String: Any]
                        #expect(error?["field"] as? String == "reason")
                    }
                }
                #expect(try await world.status(world.waiting) == "submitted")
                try await client.execute(
                    uri: "/api/v1/opportunities/\(id)/return", method: .post, headers: bearer(hubToken),
                    body: ByteBuffer(string: #"{"reason": "Say who supervises the students."}"#)
                ) { response in
                    #expect(response.status == .noContent)
                }
                try await client.execute(uri: "/api/v1/my/opportunities", method: .get, headers: bearer(world.providerAKey)) { response in
                    let items = try response.json()["items"] as? [[String: Any]] ?? []
                    let mine = try #require(items.first { $0["id"] as? String == id })
                    #expect(mine["status"] as? String == "returned")
                    #expect(mine["moderation_reason"] as? String == "Say who supervises the students.")
                }
                // Fixing it sends it back to the queue, without the old reason.
                try await client.execute(
                    uri: "/api/v1/opportunities/\(id)", method: .put, headers: bearer(world.providerAKey),
                    body: jsonBody(OpportunityInput.mock("waiting") { $0.description = "Supervised by our DBS-checked lead engineer." })
                ) { response in
                    #expect(response.status == .ok)
                    let json = try response.json()
                    #expect(json["status"] as? String == "submitted")
                    #expect(json["moderation_reason"] == nil)
                }
            }
            let audit = try await AuditEntryModel.query(on: app.services.storage.database).all()
            #expect(audit.map(\.action) == ["listing.return"])
            #expect(audit.first?.reason == "Say who supervises the students.")
            // The provider's admin hears about it by email, with the reason.
            let mail = try await OutboxMessageModel.query(on: app.services.storage.database).filter(
                \.$recipient == TestWorld.email(.providerAdmin)
            ).all()
            #expect(mail.map(\.subject) == ["Your listing needs changes"])
            #expect(mail.first?.body.contains("Say who supervises the students.") == true)
            // National admins read the decision in the audit log, with who made it and why.
            let admin = try await world.session(.nationalAdmin)
            try await app.client { client in
                try await client.execute(
                    uri: OrganisationRoutes.audit(subject: try #require(UUID(uuidString: id))), method: .get, headers: admin.headers
                ) { response in
                    #expect(response.status == .ok)
                    // Plain words: the event, the role and the listing's title, not codes and ids.
                    #expect(response.text.contains("Returned listing to provider"))
                    #expect(!response.text.contains("listing.return"))
                    #expect(response.text.contains("Hub coordinator"))
                    #expect(response.text.contains("World Hub coordinator"))
                    #expect(response.text.contains("Say who supervises the students."))
                }
            }
        }
    }

    @Test func aChangedPublishedListingWaitsAndTheQueueShowsOnlyWhatChanged() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let id = world.published.uuidString.lowercased()
            try await app.client { client in
                try await client.execute(
                    uri: "/api/v1/opportunities/\(id)", method: .put, headers: bearer(world.providerAKey),
                    body: jsonBody(OpportunityInput.mock("published") { $0.capacity = 9 })
                ) { response in
                    // Still published (the live version stays in search); the change waits.
                    let json = try response.json()
                    #expect(json["status"] as? String == "published")
                    #expect(json["change_status"] as? String == "waiting")
                    #expect(json["capacity"] as? Int == 9)
                }
                // The listing is in the hub's area: it waits in the hub's queue.
                let hubToken = try await world.token(.hubCoordinator)
                try await client.execute(uri: "/api/v1/moderation/queue", method: .get, headers: bearer(hubToken)) { response in
                    let items = try response.json()["items"] as? [[String: Any]] ?? []
                    let item = try #require(items.first { $0["id"] as? String == id })
                    #expect(item["is_new"] as? Bool == false)
                    let changes = item["changes"] as? [[String: Any]] ?? []
                    #expect(changes.count == 1)
                    #expect(changes.first?["field"] as? String == "capacity")
                    #expect(changes.first?["before"] as? String == "4")
                    #expect(changes.first?["after"] as? String == "9")
                }
                // The queue lists oldest first.
                try await world.setStatus(world.published) { $0.submittedAt = testNow.addingTimeInterval(-3600) }
                try await client.execute(uri: "/api/v1/moderation/queue", method: .get, headers: bearer(hubToken)) { response in
                    let ids = (try response.json()["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                    #expect(ids.first == id)
                }
                // Sending the approved content again withdraws the change: published, nothing to moderate.
                try await client.execute(
                    uri: "/api/v1/opportunities/\(id)", method: .put, headers: bearer(world.providerAKey),
                    body: jsonBody(OpportunityInput.mock("published"))
                ) { response in
                    let json = try response.json()
                    #expect(json["status"] as? String == "published")
                    #expect(json["change_status"] == nil)
                }
                #expect(try await Self.queueIds(client, token: hubToken).contains(id) == false)
            }
        }
    }

    @Test func theSafeguardingRuleStillHoldsAtApproval() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let token = try await world.token(.nationalAdmin)
            try await app.client { client in
                try await client.execute(
                    uri: "/api/v1/opportunities/\(world.blocked.uuidString)/approve", method: .post, headers: bearer(token)
                ) { response in
                    #expect(response.status == .badRequest)
                    let error = try response.json()["error"] as? [String: Any]
                    #expect(error?["field"] as? String == "private_home")
                }
            }
            #expect(try await world.status(world.blocked) == "submitted")
            #expect(try await AuditEntryModel.query(on: app.services.storage.database).count() == 0)
        }
    }

    @Test func aBadgedProviderPublishesStraightAwayAndFeedsDoNotResubmitUnchangedItems() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            try await ProviderBadgeModel.query(on: db).delete()
            try await ProviderBadgeModel(
                providerID: world.providerB, name: "Careers quality award", grantedBy: "Quality Body",
                expires: "2027-01-10"
            ).create(on: db)
            try await app.client { client in
                let providerB = try await app.services.authenticator.identity(bearer: world.providerAKey)
                #expect(providerB != nil)
                let feed = FeedRequestDTO(items: [.mock("f1"), .virtualMock("f2")])
                let keyB = try await app.makeProviderKey(world.providerB)
                try await client.execute(uri: "/api/v1/feed", method: .put, headers: bearer(keyB), body: jsonBody(feed)) { response in
                    #expect(response.status == .ok)
                }
                let rows = try await OpportunityModel.query(on: db).filter(\.$provider.$id == world.providerB).all()
                #expect(rows.map(\.status) == ["published", "published"])
                // Untrusted provider A: its feed waits, and sending it again changes nothing.
                for _ in 0..<2 {
                    try await client.execute(uri: "/api/v1/feed", method: .put, headers: bearer(world.providerAKey), body: jsonBody(feed)) {
                        response in
                        #expect(response.status == .ok)
                    }
                }
                let waiting = try await OpportunityModel.query(on: db).filter(\.$provider.$id == world.providerA)
                    .filter(\.$externalId ~~ ["f1", "f2"]).all()
                #expect(waiting.map(\.status) == ["submitted", "submitted"])
            }
            // The badge counts up to and including its expiry day, not the day after.
            #expect(try await ProviderTrust.isTrusted(world.providerB, today: CalendarDate(iso: "2027-01-10")!, on: db))
            #expect(try await !ProviderTrust.isTrusted(world.providerB, today: CalendarDate(iso: "2027-01-11")!, on: db))
        }
    }

    @Test func providersCannotAskForModerationStatuses() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            try await app.client { client in
                for status in ["submitted", "returned"] {
                    try await client.execute(
                        uri: "/api/v1/opportunities", method: .post, headers: bearer(world.providerAKey),
                        body: jsonBody(OpportunityInput.mock { $0.status = status })
                    ) { response in
                        #expect(response.status == .badRequest)
                        #expect(response.text.contains("is set by moderation"))
                    }
                }
            }
        }
    }

    @Test func theQueuePageApprovesAndReturnsWithCSRF() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let session = try await world.session(.hubCoordinator)
            try await app.client { client in
                try await client.execute(uri: "/moderation", method: .get, headers: session.headers) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains(ModerationRoutes.item.link(world.waiting)))
                    #expect(!response.text.contains(ModerationRoutes.item.link(world.virtualWaiting)))
                }
                try await client.execute(
                    uri: ModerationRoutes.returnListing.link(world.waiting), method: .post, headers: session.formHeaders,
                    body: session.form([("reason", "")])
                ) { response in
                    #expect(response.status == .badRequest)
                    #expect(response.text.contains("tell the provider what to change"))
                }
                try await client.execute(
                    uri: ModerationRoutes.approve.link(world.waiting), method: .post, headers: session.formHeaders,
                    body: session.form()
                ) { response in
                    #expect(response.status == .seeOther)
                    #expect(response.headers[.location] == "/moderation?done=approved")
                }
            }
            #expect(try await world.status(world.waiting) == "published")
        }
    }
}

extension TestApp {
    /// A fresh API key for an existing provider.
    func makeProviderKey(_ provider: UUID) async throws -> String {
        let key = Secret.generate(.providerKey)
        let row = try #require(try await ProviderModel.find(provider, on: services.storage.database))
        row.apiKeyHash = Secret.hash(key)
        try await row.save(on: services.storage.database)
        return key
    }
}
