import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeSearch
import WexchangeTestSupport

/// The home page is kept as sent for signed-out readers: it must be the page a fresh render
/// gives, follow every change to the catalogue, and never reach a signed-in reader or a search.
@Suite struct SignedOutPagesTests {
    @Test func theKeptHomePageFollowsTheCatalogueAndOnlySignedOutReadersGetIt() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let leader = try await world.session(.careersLeader)
            try await app.client { client in
                func home(_ uri: String = "/", headers: HTTPFields = [:]) async throws -> String {
                    try await client.execute(uri: uri, method: .get, headers: headers) { response in
                        #expect(response.status == .ok)
                        return response.text
                    }
                }
                let first = try await home()
                #expect(try await home() == first)
                // The same page rendered afresh, without anything kept.
                var fresh = SearchPage(parameters: [], today: app.services.today)
                fresh.query = try OpportunityQuery.parse([], gazetteer: app.services.gazetteer)
                fresh.result = app.services.catalogue.index.search(fresh.query!, today: fresh.today)
                #expect(first == fresh.html)

                // A new listing is on the next home page.
                let provider = try await app.makeProvider()
                _ = try await app.services.listings.create(
                    providerID: provider.id, input: .mock("new") { $0.title = "Brand new placement" })
                #expect(!first.contains("Brand new placement"))
                #expect(try await home().contains("Brand new placement"))

                // A signed-in reader gets their own header, never the kept page.
                let signedIn = try await home(headers: leader.headers)
                #expect(signedIn.contains("Sign out") && !signedIn.contains(">Sign in<"))
                #expect(try await home().contains(">Sign in<"))

                // The form shows the address's parameters back, so they are part of the key.
                let withDistance = try await home("/?within_km=10")
                #expect(withDistance.contains("More filters (1 in use)"))
                #expect(!(try await home()).contains("More filters (1 in use)"))
                // A search is never kept: its results follow the words.
                #expect(try await home("/?q=brand").contains("Brand new placement"))
                #expect(!(try await home("/?q=zzzz")).contains("Brand new placement"))
            }
        }
    }
}
