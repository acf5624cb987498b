import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// What a moderator sees (design-system issue): every answer in words with its label, what
/// changed marked with the old value, warnings to check, and a preview of the public page; never
/// field ids or codes.
@Suite struct ModerationPageTests {
    @Test func aChangedListingReadsInWordsWithChangesMarkedAndWarnings() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            _ = try await app.services.listings.update(
                providerID: world.providerA, id: world.published,
                input: .mock("published") {
                    $0.capacity = 200
                    $0.sector = "health-science"
                    $0.applicationDeadline = "2027-06-01"
                })
            let coordinator = try await world.session(.hubCoordinator)
            try await app.client { client in
                try await client.execute(uri: ModerationRoutes.item.link(world.published), method: .get, headers: coordinator.headers) {
                    response in
                    #expect(response.status == .ok)
                    let page = ParsedHTML(response.text)
                    let text = page.text
                    for words in [
                        "Change to a published listing", "3 answers changed", "The published version stays in search", "Places", "200",
                        "Was: 4", "Sector", "Health and science",
                        "Was: Engineering and manufacturing", "Apply by", "1 June 2027", "Was: not given", "Year groups",
                        "Years 10 and 11", "Fixed dates", "5 to 9 July 2027", "Skills developed", "Teamwork",
                        "Check before approving", "200 places is unusually many", "has not said the supervisor has an enhanced DBS check",
                        "Preview of the public page", "Offered by Provider A",
                    ] {
                        #expect(text.contains(words), "\(words)")
                    }
                    for code in ["capacity", "health-science", "application_deadline", "2027-07-05", "work_placement", "apply_demonstrate"]
                    {
                        #expect(!text.contains(code), "\(code)")
                    }
                    let changed = page.elements.filter { $0.value(of: "class") == "summary-list-row changed" }
                    #expect(changed.count == 3)
                    // One h1; the preview's title sits under the page's own headings.
                    #expect(page.elements.filter { $0.name == "h1" }.count == 1)
                    #expect(page.elements.contains { $0.name == "h3" })
                }
            }
        }
    }

    @Test func aNewListingShowsEveryAnswerAndTheSafeguardingWarning() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let admin = try await world.session(.hubCoordinator)
            try await app.client { client in
                try await client.execute(uri: ModerationRoutes.item.link(world.blocked), method: .get, headers: admin.headers) { response in
                    let text = ParsedHTML(response.text).text
                    #expect(text.contains("New listing"))
                    #expect(text.contains("Takes place in a private home"))
                    #expect(text.contains("It takes place in a private home."))
                    #expect(!text.contains("Changed"))
                    #expect(!text.contains("Was:"))
                }
                try await client.execute(uri: ModerationRoutes.item.link(world.waiting), method: .get, headers: admin.headers) { response in
                    let text = ParsedHTML(response.text).text
                    #expect(!text.contains("It takes place in a private home."))
                    #expect(text.contains("Takes place in a private homeNo"))
                }
            }
        }
    }

    @Test func warningsFollowTheRules() throws {
        guard case .success(var details) = OpportunityRules.validate(.mock("x"), gazetteer: PageSamples.gazetteer) else {
            Issue.record("mock listing is invalid")
            return
        }
        let today = try #require(CalendarDate(iso: "2027-07-12"))
        details.supervisorDbsChecked = true
        #expect(Moderation.warnings(details, today: try #require(CalendarDate(iso: "2027-01-01"))) == [])
        #expect(Moderation.warnings(details, today: today) == [.dateInThePast(field: "sessions")])
        details.capacity = Moderation.manyPlacesThreshold
        #expect(!Moderation.warnings(details, today: today).contains(.manyPlaces(Moderation.manyPlacesThreshold)))
        details.capacity = Moderation.manyPlacesThreshold + 1
        #expect(Moderation.warnings(details, today: today).contains(.manyPlaces(Moderation.manyPlacesThreshold + 1)))
        details.supervisorDbsChecked = false
        #expect(Moderation.warnings(details, today: today).contains(.noDBSCheckStated))
    }
}

/// Returning a published listing takes it down, so it asks first (design-system issue).
@Suite struct TakeDownTests {
    @Test func returningAPublishedListingAsksFirstWithTheReasonKept() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let admin = try await world.session(.nationalAdmin)
            let path = ModerationRoutes.returnListing.link(world.published)
            try await app.client { client in
                try await client.execute(uri: ModerationRoutes.item.link(world.published), method: .get, headers: admin.headers) {
                    response in
                    let page = ParsedHTML(response.text)
                    #expect(page.text.contains("Published listing"))
                    #expect(page.text.contains("Take it down and return it"))
                    #expect(!page.elements.contains { $0.value(of: "action") == ModerationRoutes.approve.link(world.published) })
                }
                // No reason: the item page says so; nothing changes.
                let empty = try await ProviderPagesTests.post(client, path, session: admin, [("reason", " ")])
                #expect(empty.status == 400)
                #expect(try await world.status(world.published) == "published")

                let asked = try await ProviderPagesTests.post(client, path, session: admin, [("reason", "The address is <wrong> & old")])
                #expect(asked.status == 200)
                let page = ParsedHTML(asked.body)
                #expect(page.text.contains("Take down “Engineering work placement”?"))
                #expect(asked.body.contains("The address is &lt;wrong&gt; &amp; old"))
                #expect(
                    page.elements.contains { $0.name == "button" && $0.value(of: "name") == "confirmed" && $0.value(of: "value") == "yes" })
                #expect(page.elements.contains { $0.name == "a" && $0.value(of: "href") == ModerationRoutes.item.link(world.published) })
                #expect(try await world.status(world.published) == "published")
                #expect(app.services.catalogue.index.entry(id: world.published) != nil)

                let done = try await ProviderPagesTests.post(
                    client, path, session: admin, [("reason", "The address is <wrong> & old"), ("confirmed", "yes")])
                #expect(done.status == 303)
                #expect(try await world.status(world.published) == "returned")
                #expect(app.services.catalogue.index.entry(id: world.published) == nil)
            }
        }
    }
}
