import Foundation
import Testing
import WexchangeCore
import WexchangeGeo
@testable import WexchangeSearch

/// The home page's answer is kept per index and day: it must read exactly as a fresh search
/// would, follow every change to the catalogue, and never stand in for a search with a filter.
@Suite struct BrowsingCacheTests {
    static let tomorrow = CatalogueFixture.today.adding(days: 1)

    func ids(_ result: CatalogueIndex.Result) -> [UUID] { result.hits.map(\.entry.id) }

    @Test func onlyAnOrderAndAPageAreKept() throws {
        let gazetteer = Gazetteer.bundled
        func key(_ parameters: [(String, String)]) throws -> [String]? {
            try OpportunityQuery.parse(parameters, gazetteer: gazetteer).browsingKey
        }
        #expect(try key([]) == [])
        #expect(try key([("sort", "newest"), ("page", "2")]) == ["sort=newest", "page=2"])
        #expect(try key([("include_closed", "true")]) == ["include_closed=true"])
        for filter in [("near", "NE1 4ST"), ("q", "engineering"), ("year", "10"), ("has_places", "true"), ("min_rating", "4")] {
            #expect(try key([filter]) == nil, "\(filter.0) must not be kept")
        }
    }

    @Test func theKeptAnswerIsTheFreshOneAndFollowsChanges() throws {
        var fixture = CatalogueFixture { f in
            [
                f.entry(1),
                f.entry(2) {
                    $0.type = "careers_talk"; $0.mode = "virtual"; $0.address = nil; $0.postcode = nil
                },
                // Closes to applications at the end of today.
                f.entry(3) { $0.applicationDeadline = CatalogueFixture.today.description },
            ]
        }
        let browse = try OpportunityQuery.parse([], gazetteer: fixture.gazetteer)
        let first = fixture.index.search(browse, today: CatalogueFixture.today)
        let fresh = fixture.index.search(browse, today: CatalogueFixture.today, inBulk: false)
        #expect(ids(first) == ids(fresh))
        #expect(first.total == 3 && first.facets == fresh.facets)
        #expect(ids(fixture.index.search(browse, today: CatalogueFixture.today)) == ids(first))

        // The next day: the listing closed to applications leaves.
        #expect(fixture.index.search(browse, today: Self.tomorrow).total == 2)

        // A new listing and a removal make a new index, which answers afresh.
        let before = fixture.index
        fixture.index = fixture.index.applying(.init(upserts: [fixture.entry(4)], removals: [fixture.entry(1).id]))
        let changed = fixture.index.search(browse, today: CatalogueFixture.today)
        #expect(Set(ids(changed)) == Set([2, 3, 4].map { fixture.entry($0).id }))
        #expect(changed.facets == fixture.index.search(browse, today: CatalogueFixture.today, inBulk: false).facets)
        // The index the change was made from still answers as it did.
        #expect(ids(before.search(browse, today: CatalogueFixture.today)) == ids(first))
    }

    /// What is kept is worked out once a day, and the next day or a full cache starts again.
    @Test func keptForTheDayMakesEachValueOnceADayAndStaysBounded() {
        let kept = KeptForTheDay<Int, Int>(limit: 3)
        var made = 0
        func value(_ key: Int, day: Int) -> Int {
            kept.value(on: day, for: key) {
                made += 1; return key * 10 + day
            }
        }
        #expect(value(1, day: 5) == 15 && value(1, day: 5) == 15 && made == 1)
        #expect(value(1, day: 6) == 16 && made == 2)
        #expect(value(1, day: 5) == 15 && made == 3, "an earlier day is worked out again, never mixed in")
        for key in 2...3 { _ = value(key, day: 5) }
        #expect(made == 5)
        _ = value(4, day: 5)  // the fourth value empties the full cache first
        #expect(value(1, day: 5) == 15 && made == 7)
    }
}
