import FluentKit
import Foundation
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// A confirmed placement's family hears the week before it starts, once, with what they need.
@Suite struct PlacementRemindersTests {
    @Test func theWeekBeforeOnceToTheFamily() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let services = app.services
            let db = services.storage.database
            // The published listing runs 5 to 9 July 2027.
            let offer = try await world.requestedOffer()
            func reminders(on day: String) -> PlacementReminders {
                let date = ISO8601DateFormatter().date(from: "\(day)T09:00:00Z")!
                return PlacementReminders(storage: services.storage, outbox: services.outbox, publicURL: "https://wex.test", now: { date })
            }
            #expect(try await reminders(on: "2027-07-01").sendDue() == 0, "not confirmed yet")
            try await services.offers.answer(.accept, offer: offer, by: try await world.identity(.student))
            try await services.offers.consent(OfferLifecycleTests.given, offer: offer, by: try await world.identity(.parent))
            try await OutboxMessageModel.query(on: db).delete()
            #expect(try await reminders(on: "2027-06-27").sendDue() == 0, "eight days before: too early")
            #expect(try await reminders(on: "2027-06-28").sendDue() == 1)
            #expect(try await reminders(on: "2027-06-30").sendDue() == 0, "once only")
            let sent = try await OutboxMessageModel.query(on: db).all()
            #expect(sent.map(\.recipient) == [TestWorld.email(.parent)])
            let body = try #require(sent.first?.body)
            #expect(sent.first?.subject == "Reminder: Test's placement starts on 5 July 2027")
            #expect(body.contains("Address: 1 Grainger Street, Newcastle, NE1 4ST") && body.contains("https://wex.test/offers/"))
        }
    }
}
