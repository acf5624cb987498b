import FluentKit
import Foundation
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// Many writers at once never fail because another is writing (on SQLite, Fluent's deferred
/// transactions used to end in "database is locked"), and every write lands.
@Suite struct ConcurrentWriteTests {
    @Test func concurrentFeedsAndSingleWritesAllLand() async throws {
        try await withApp { app in
            var providers: [(id: UUID, key: String)] = []
            for index in 0..<8 { providers.append(try await app.makeProvider("Concurrent \(index)")) }
            let feeds = app.services.feeds
            let writer = app.services.listings
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (index, provider) in providers.enumerated() {
                    for feed in 0..<3 {
                        group.addTask {
                            let items = (0..<40).map { item in
                                FeedImportService.Item(
                                    input: .mock("p\(index)-f\(feed)-\(item)") { $0.title = "Feed \(feed) item \(item)" },
                                    index: item, line: nil)
                            }
                            _ = try await feeds.apply(providerID: provider.id, items: items, full: false, source: "feed:test")
                        }
                    }
                    group.addTask {
                        for item in 0..<5 { _ = try await writer.create(providerID: provider.id, input: .mock("single-\(index)-\(item)")) }
                    }
                }
                try await group.waitForAll()
            }
            let db = app.services.storage.database
            for provider in providers {
                #expect(try await OpportunityModel.query(on: db).filter(\.$provider.$id == provider.id).count() == 3 * 40 + 5)
            }
            #expect(app.services.catalogue.index.count == providers.count * (3 * 40 + 5))
        }
    }

    /// A failed write leaves nothing behind, and the writer after it goes ahead.
    @Test func aFailingTransactionRollsBackAndReleasesTheWriter() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            struct Boom: Error {}
            await #expect(throws: Boom.self) {
                try await app.services.storage.transaction { db in
                    try await OpportunityModel(
                        providerID: provider.id, source: "manual", details: try app.services.listings.validate(.mock("gone")),
                        trusted: true, now: testNow
                    ).create(on: db)
                    throw Boom()
                }
            }
            _ = try await app.services.listings.create(providerID: provider.id, input: .mock("kept"))
            let ids = try await OpportunityModel.query(on: app.services.storage.database).all().map(\.externalId)
            #expect(ids == ["kept"])
        }
    }
}
