import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

@Suite struct ProviderPagesTests {
    static func post(
        _ client: any TestClientProtocol, _ path: String, session: BrowserSession,
        _ fields: [(String, String)]
    ) async throws -> (status: Int, location: String?, body: String) {
        return try await client.execute(uri: path, method: .post, headers: session.formHeaders, body: session.form(fields)) {
            (Int($0.status.code), $0.headers[.location], $0.text)
        }
    }

    static let filledIn: [(String, String)] = [
        ("title", "Robotics week"), ("summary", "Build and program a robot with our engineers."), ("type", "work_placement"),
        ("mode", "in_person"), ("sector", "engineering-manufacturing"), ("stage", "apply_demonstrate"), ("years", "10"), ("years", "11"),
        ("address", "1 Grainger Street, Newcastle"), ("postcode", "ne1 4st"), ("capacity", "3"), ("hours_per_day", "6.5"), ("days", "5"),
        ("session_start_1-day", "5"), ("session_start_1-month", "7"), ("session_start_1-year", "2027"),
        ("session_end_1-day", "9"), ("session_end_1-month", "7"), ("session_end_1-year", "2027"), ("skills", "teamwork"),
        ("outcomes", "Builds a robot\nPresents it"),
        ("supervisor_dbs_checked", "true"),
    ]

    @Test func aTemplatePrefillsTheFormForTheType() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let session = try await world.session(.providerStaff)
            try await app.client { client in
                try await client.execute(uri: "/provider/listings/new?type=t_level_placement", method: .get, headers: session.headers) {
                    response in
                    #expect(response.status == .ok)
                    let html = response.text
                    #expect(html.contains(#"<option value="t_level_placement" selected="selected">"#))
                    #expect(html.contains(#"id="years-12" name="years" value="12" checked="checked""#))
                    #expect(!html.contains(#"id="years-10" name="years" value="10" checked="checked""#))
                    #expect(html.contains("315 hours of industry placement"))
                    #expect(html.contains(#"name="days" value="45""#))
                }
            }
        }
    }

    @Test func theFormSubmitsForModerationOrSavesADraftAndShowsEveryProblem() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let session = try await world.session(.providerAdmin)
            let db = app.services.storage.database
            let before = try await OpportunityModel.query(on: db).count()
            try await app.client { client in
                var broken = Self.filledIn.filter { $0.0 != "title" && $0.0 != "postcode" }
                broken.append(("capacity", "lots"))
                let refused = try await Self.post(client, "/provider/listings", session: session, broken)
                #expect(refused.status == 400)
                #expect(refused.body.contains("href=\"#title\""))
                #expect(refused.body.contains("href=\"#postcode\""))
                #expect(refused.body.contains("href=\"#capacity\""))
                // Plain words beside each field, never field ids or codes.
                let page = ParsedHTML(refused.body)
                for words in [
                    "Enter the title", "Enter the postcode unless the opportunity is virtual",
                    "Enter the number of places as a number, like 4",
                ] {
                    #expect(page.text.contains(words), "\(words)")
                }
                #expect(!page.text.contains("capacity:"))
                #expect(page.elements.contains { $0.value(of: "id") == "capacity" && $0.value(of: "aria-invalid") == "true" })
                #expect(page.elements.contains { $0.value(of: "id") == "capacity-error" })
                // What was typed is kept.
                #expect(refused.body.contains("Build and program a robot with our engineers."))
                #expect(try await OpportunityModel.query(on: db).count() == before)

                let submitted = try await Self.post(client, "/provider/listings", session: session, Self.filledIn + [("intent", "publish")])
                #expect(submitted.status == 303)
                #expect(submitted.location == "/provider/listings?done=submitted")
                let row = try #require(try await OpportunityModel.query(on: db).filter(\.$title == "Robotics week").first())
                #expect(row.status == "submitted")
                #expect(try row.details().hoursPerDay == 6.5)
                #expect(try row.details().location?.postcode == "NE1 4ST")

                let draft = try await Self.post(
                    client, "/provider/listings", session: session,
                    Self.filledIn.map { $0.0 == "title" ? ("title", "Draft week") : $0 } + [("intent", "draft")])
                #expect(draft.location == "/provider/listings?done=draft")

                // Duplicate makes an editable draft copy; close stops applications.
                let copy = try await Self.post(client, CatalogueRoutes.providerListingDuplicate.link(row.id!), session: session, [])
                #expect(copy.status == 303)
                let copied = try #require(try await OpportunityModel.query(on: db).filter(\.$title == "Copy of Robotics week").first())
                #expect(copied.status == "draft")
                #expect(copy.location == CatalogueRoutes.providerListing.link(copied.id!))
                try await client.execute(uri: copy.location!, method: .get, headers: session.headers) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("Copy of Robotics week"))
                }
                // Close asks first: the listings page links to a confirmation page that names the
                // listing and says what closing does; going back changes nothing.
                let closePage = CatalogueRoutes.providerListingClose.link(row.id!)
                try await client.execute(uri: "/provider/listings", method: .get, headers: session.headers) { response in
                    let page = ParsedHTML(response.text)
                    #expect(page.elements.contains { $0.name == "a" && $0.value(of: "href") == closePage })
                    #expect(response.text.contains(#"Close<span class="visually-hidden"> Robotics week</span>"#))
                }
                try await client.execute(uri: closePage, method: .get, headers: session.headers) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("Close “Robotics week”?"))
                    let form = ParsedHTML(response.text).elements.first { $0.name == "form" && $0.value(of: "action") == closePage }
                    #expect(form?.value(of: "method") == "post")
                }
                #expect(try await OpportunityModel.find(row.id!, on: db)?.status == "submitted")
                let closed = try await Self.post(client, closePage, session: session, [])
                #expect(closed.location == "/provider/listings?done=closed")
                #expect(try await OpportunityModel.find(row.id!, on: db)?.status == "closed")
                try await client.execute(uri: "/provider/listings", method: .get, headers: session.headers) { response in
                    #expect(response.text.contains("Closed"))
                    #expect(response.text.contains("Waiting for approval") || response.text.contains("Draft"))
                }
            }
        }
    }

    /// Closing can be undone: Reopen publishes the approved listing again straight away, and a
    /// listing that never was approved goes back to the moderators.
    @Test func aClosedListingCanBeReopened() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let session = try await world.session(.providerAdmin)
            let reopen = CatalogueRoutes.providerListingReopen.link(world.published)
            try await app.client { client in
                // Only a closed listing can be reopened: nothing changes otherwise.
                let early = try await Self.post(client, reopen, session: session, [])
                #expect(early.status == 409)
                #expect(try await world.status(world.published) == "published")

                _ = try await Self.post(client, CatalogueRoutes.providerListingClose.link(world.published), session: session, [])
                #expect(try await world.status(world.published) == "closed")
                #expect(app.services.catalogue.index.entry(id: world.published) == nil)
                try await client.execute(uri: "/provider/listings?done=closed", method: .get, headers: session.headers) { response in
                    let page = ParsedHTML(response.text)
                    #expect(page.text.contains("Changed your mind? Choose Reopen beside it."))
                    #expect(page.elements.contains { $0.name == "form" && $0.value(of: "action") == reopen })
                    #expect(page.text.contains("Reopen Engineering work placement"))
                }
                let reopened = try await Self.post(client, reopen, session: session, [])
                #expect(reopened.location == "/provider/listings?done=reopened")
                #expect(try await world.status(world.published) == "published")
                #expect(app.services.catalogue.index.entry(id: world.published) != nil)

                // Never approved: reopening asks the moderators again.
                _ = try await Self.post(client, CatalogueRoutes.providerListingClose.link(world.waiting), session: session, [])
                let again = try await Self.post(client, CatalogueRoutes.providerListingReopen.link(world.waiting), session: session, [])
                #expect(again.location == "/provider/listings?done=submitted")
                #expect(try await world.status(world.waiting) == "submitted")
            }
        }
    }
}
