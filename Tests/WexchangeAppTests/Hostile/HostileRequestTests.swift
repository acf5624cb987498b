import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeHTML
import WexchangeTestSupport

/// The pages through HTTP with hostile values where people and systems put them: in query
/// values, and stored through a feed (listing title), a provider's and an organisation's name
/// and a review comment. No answer may hold an element, attribute or link the values tried to add.
@Suite struct HostileRequestTests {
    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    /// Everything a payload could have injected, as found in one page.
    static func injected(_ html: String) -> [String] {
        ParsedHTML(html).elements.compactMap { element in
            if element.name == "script" || element.name == "i" { return "<\(element.name)>" }
            if element.value(of: "id") == "pwn" { return "#pwn" }
            if element.name == "meta", element.value(of: "http-equiv") != nil { return "meta refresh" }
            // Only the error summary takes focus when a page loads.
            let focusTaken = element.value(of: "autofocus") != nil && element.value(of: "id") != "error-summary"
            if let handler = element.attributes.first(where: { $0.name.hasPrefix("on") }) { return handler.name }
            if focusTaken { return "autofocus" }
            if let url = ["href", "action", "src"].compactMap(element.value(of:)).first(where: { !SafeURL.isSafe($0) }) { return url }
            return nil
        }
    }

    @Test func queryValuesStayInTheirFieldsOnTheSearchAndSignInPages() async throws {
        try await withApp { app in
            try await app.client { client in
                for payload in HostilePayloads.printable {
                    let value = Self.percentEncoded(payload)
                    for uri in [
                        "/?q=\(value)", "/?near=\(value)", "/?q=\(value)&near=NE1+4ST&type=\(value)&sort=\(value)",
                        "/sign-in?next=\(value)", "/sign-in?next=/\(value)", "/account?changed=\(value)",
                    ] {
                        try await client.execute(uri: uri, method: .get) { response in
                            #expect(Self.injected(response.text).isEmpty, "\(uri): \(Self.injected(response.text))")
                            #expect(response.status.code < 500)
                        }
                    }
                }
            }
        }
    }

    @Test func storedValuesStayDataOnEveryPageThatShowsThem() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            var listings: [UUID] = []
            for (index, payload) in HostilePayloads.printable.enumerated() {
                // A trusted provider named with the payload publishes a listing titled with it through its feed.
                let provider = try await app.makeProvider(payload + " \(index)")
                try await app.client { client in
                    let feed = [
                        "items": [
                            OpportunityInput.mock("x\(index)") {
                                $0.title = payload; $0.summary = payload; $0.address = payload
                            }
                        ]
                    ]
                    try await client.execute(uri: "/api/v1/feed", method: .put, headers: bearer(provider.key), body: try jsonBody(feed)) {
                        response in
                        #expect(response.status == .ok, "\(response.text)")
                    }
                }
                let listing = try #require(try await OpportunityModel.query(on: db).filter(\.$provider.$id == provider.id).first())
                    .requireID()
                listings.append(listing)
                let review = ReviewModel(
                    opportunityID: listing, providerID: provider.id, organisationID: world.school,
                    userID: world.users[.careersLeader]!)
                review.stars = 2
                review.comment = payload
                review.commentStatus = ReviewModel.CommentStatus.visible.rawValue
                try await review.create(on: db)
            }
            // The school and hub carry the last payload as their names.
            for id in [world.school, world.hub] {
                let organisation = try #require(try await OrganisationModel.find(id, on: db))
                organisation.name = HostilePayloads.printable[0]
                try await organisation.save(on: db)
            }
            try await app.services.catalogue.refresh()

            let stored = listings
            let pages =
                ["/?near=NE1+4ST&within_km=5", "/?q=placement"] + stored.map { CatalogueRoutes.opportunity.link($0) }
                + ["/organisation", "/account", "/moderation", "/audit", "/organisations?kind=provider", "/reviews", "/badges"]
            try await app.client { client in
                for role in [Role.careersLeader, .hubCoordinator, .nationalAdmin] {
                    let session = try await world.session(role)
                    for page in pages {
                        try await client.execute(uri: page, method: .get, headers: session.headers) { response in
                            #expect(Self.injected(response.text).isEmpty, "\(page) as \(role): \(Self.injected(response.text))")
                        }
                    }
                }
                let pageText = try await client.execute(uri: CatalogueRoutes.opportunity.link(stored[0]), method: .get) { $0.text }
                #expect(ParsedHTML(pageText).text.contains(HostilePayloads.printable[0]), "the title shows as typed")
            }
        }
    }
}
