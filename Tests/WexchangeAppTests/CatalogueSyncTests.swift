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

extension CatalogueSyncTests {
    /// A listing's reviews are kept between page views per revision of its provider: a comment
    /// shown or reported through one instance shows or leaves on another once it refreshes.
    @Test func keptReviewsFollowModerationOnAnotherInstance() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let admin = try await world.identity(.nationalAdmin)
            let second = try makeServices(app.services.storage.location)
            defer { Task { await second.storage.shutdown() } }
            try await second.catalogue.refresh()
            func comments() async throws -> [String?] { try await second.reviews.shown(for: world.published).map(\.comment) }
            #expect(try await comments() == [nil])

            try await app.services.reviews.moderate(world.review, show: true, by: admin)
            #expect(try await comments() == [nil], "kept until the second instance sees the new revision")
            try await second.catalogue.refresh()
            #expect(try await comments() == ["Well organised."])

            try await app.services.reviews.report(world.review)
            try await second.catalogue.refresh()
            #expect(try await comments() == [nil])
        }
    }
}

@Suite struct CatalogueLoaderTests {
    /// Read page by page (here three rows a page), every published listing arrives once, and
    /// unpublished ones are removals.
    @Test func pagesCoverEveryListingOnce() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            for n in 0..<10 { _ = try await app.services.listings.create(providerID: provider.id, input: .mock("p\(n)")) }
            let draft = try await app.services.listings.create(providerID: provider.id, input: .mock("d") { $0.status = "draft" })
            let loader = CatalogueLoader(db: app.services.storage.database, pageSize: 3)
            var timings = CatalogueLoader.Timings()
            let first = try await loader.listings(after: -1, upTo: .max, providers: [:], timings: &timings)
            let firstIds = first.tokenised.flatMap { $0.entries.map(\.id) }
            #expect(firstIds.count == 10 && Set(firstIds).count == 10 && first.removals.isEmpty)
            let later = try await loader.listings(after: 0, upTo: .max, providers: [:], timings: &timings)
            #expect(later.tokenised.reduce(0) { $0 + $1.count } == 10 && later.removals == [draft.id])
        }
    }
}
