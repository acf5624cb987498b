import Foundation
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// Several app instances share one database: each keeps its own in-memory index and must
/// converge on what the others wrote.
@Suite struct CatalogueSyncTests {
    @Test func anotherInstanceSeesWritesAfterRefreshing() async throws {
        try await withApp { app in
            let second = try makeServices(app.services.storage.location)
            defer { Task { await second.storage.shutdown() } }
            try await second.catalogue.refresh()
            let provider = try await app.makeProvider()
            let listing = try await app.services.listings.create(providerID: provider.id, input: .mock("a"))
            #expect(second.catalogue.index.entry(id: listing.id) == nil)
            try await second.catalogue.refresh()
            #expect(second.catalogue.index.entry(id: listing.id)?.details.title == "Engineering work placement")
            #expect(second.catalogue.index.providers[provider.id]?.name == "Tyne Engineering Ltd")

            try await app.services.listings.archive(providerID: provider.id, id: listing.id)
            try await second.catalogue.refresh()
            #expect(second.catalogue.index.entry(id: listing.id) == nil)
            #expect(second.catalogue.revision == app.services.catalogue.revision)
        }
    }
}
