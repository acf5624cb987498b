import Foundation
import Testing
import WexchangeCore
import WexchangeGeo
@testable import WexchangeSearch

/// A small catalogue around Newcastle, Durham and London, with virtual listings.
struct CatalogueFixture {
    static let today = CalendarDate(iso: "2027-01-10")!
    let gazetteer = Gazetteer.bundled
    var index = CatalogueIndex()
    let accredited = CatalogueProvider(
        id: UUID(uuidString: "00000000-0000-0000-0000-0000000000A1")!, name: "Tyne Engineering Ltd",
        badges: [.init(name: "Careers quality award", grantedBy: "Assessor", expires: CalendarDate(iso: "2027-01-10")!)],
        rating: ProviderRating(stars: [4, 5]))
    let plain = CatalogueProvider(
        id: UUID(uuidString: "00000000-0000-0000-0000-0000000000B2")!, name: "Café Société",
        badges: [.init(name: "Old award", grantedBy: "Assessor", expires: CalendarDate(iso: "2027-01-09")!)],
        rating: ProviderRating(stars: [3]))
    let unrated = CatalogueProvider(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000C3")!, name: "New Starters", badges: [])

    func entry(
        _ n: Int, provider: CatalogueProvider? = nil, taken: Int = 0, created: Double = 0,
        _ change: (inout OpportunityInput) -> Void = { _ in }
    ) -> CatalogueEntry {
        var input = OpportunityInput()
        input.title = "Listing \(n)"
        input.summary = "Summary \(n)"
        input.type = "work_placement"
        input.mode = "in_person"
        input.sector = "digital"
        input.stage = "investigate_explore"
        input.years = [10]
        input.address = "Somewhere"
        input.postcode = "NE1 4ST"
        input.capacity = 2
        input.hoursPerDay = 6
        input.days = 5
        input.sessions = [.init(start: "2027-03-01", end: "2027-03-05")]
        change(&input)
        let details = try! OpportunityRules.validate(input, gazetteer: gazetteer).get()
        return CatalogueEntry(
            id: UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))!,
            providerId: (provider ?? plain).id, details: details, placesTaken: taken,
            createdAt: Date(timeIntervalSince1970: created), updatedAt: Date(timeIntervalSince1970: created))
    }

    init(_ entries: (CatalogueFixture) -> [CatalogueEntry]) {
        index = index.applying(.init(upserts: entries(self), providers: [accredited, plain, unrated]))
    }

    func search(_ parameters: [(String, String)]) throws -> CatalogueIndex.Result {
        index.search(try OpportunityQuery.parse(parameters, gazetteer: gazetteer), today: Self.today)
    }

    func ids(_ parameters: [(String, String)]) throws -> [Int] {
        try search(parameters).hits.map { Int($0.entry.id.uuidString.suffix(12))! }
    }
}

@Suite struct CatalogueIndexTests {
    @Test func nearOrdersInPersonByDistanceThenVirtualAndRespectsTheRadius() throws {
        let fixture = CatalogueFixture { f in
            [
                f.entry(1) { $0.postcode = "DH1 3LE" },  // Durham, ~20 km from NE1
                f.entry(2) { $0.postcode = "NE1 4ST" },
                f.entry(3) { $0.postcode = "SW1A 1AA" },  // London: outside
                f.entry(4) {
                    $0.type = "careers_talk"; $0.mode = "virtual"; $0.address = nil; $0.postcode = nil
                },
                f.entry(5) { $0.postcode = "NE8 1EP" },  // Gateshead, ~1-2 km
            ]
        }
        let result = try fixture.search([("near", "NE1 4ST"), ("within_km", "25")])
        #expect(result.hits.map { Int($0.entry.id.uuidString.suffix(12))! } == [2, 5, 1, 4])
        let distances = result.hits.compactMap(\.distanceKm)
        #expect(distances == distances.sorted())
        #expect(distances.allSatisfy { $0 <= 25 })
        #expect(result.hits.last?.distanceKm == nil)
        #expect(result.total == 4)
        #expect(try fixture.ids([("near", "NE1 4ST"), ("within_km", "5")]) == [2, 5, 4])
        #expect(try fixture.ids([("near", "NE1 4ST"), ("mode", "in_person")]) == [2, 5, 1])
    }

    @Test func filtersAreAnyOfWithinAParameterAndAllOfAcross() throws {
        let fixture = CatalogueFixture { f in
            [
                f.entry(1) {
                    $0.type = "insight_day"; $0.years = [9]
                },
                f.entry(2) {
                    $0.years = [10, 11]; $0.skills = ["teamwork"]
                },
                f.entry(3) {
                    $0.sector = "health-science"; $0.years = [12]; $0.subjects = ["biology"]
                },
                f.entry(4) {
                    $0.stage = "introduce_inspire"; $0.years = [8]; $0.sendAdjustments = ["wheelchair_access", "quiet_space"]
                },
            ]
        }
        #expect(try fixture.ids([("type", "insight_day"), ("type", "work_placement")]) == [1, 2, 3, 4])
        #expect(try fixture.ids([("year", "9"), ("year", "12")]) == [1, 3])
        #expect(try fixture.ids([("year", "10"), ("type", "insight_day")]) == [])
        #expect(try fixture.ids([("sector", "health-science")]) == [3])
        #expect(try fixture.ids([("stage", "introduce_inspire")]) == [4])
        #expect(try fixture.ids([("skill", "teamwork")]) == [2])
        #expect(try fixture.ids([("subject", "biology")]) == [3])
        #expect(try fixture.ids([("send", "wheelchair_access")]) == [4])
        #expect(try fixture.ids([("send", "wheelchair_access"), ("send", "adapted_tasks")]) == [])
    }

    @Test func facetsIgnoreTheirOwnFilter() throws {
        let fixture = CatalogueFixture { f in
            [
                f.entry(1) { $0.type = "insight_day" },
                f.entry(2),
                f.entry(3) { $0.sector = "health-science" },
                f.entry(4) {
                    $0.type = "insight_day"; $0.sector = "health-science"
                },
            ]
        }
        let result = try fixture.search([("type", "insight_day"), ("sector", "digital")])
        #expect(result.total == 1)
        // Types count listings in the digital sector whatever their type.
        #expect(result.facets.types[.insightDay] == 1)
        #expect(result.facets.types[.workPlacement] == 1)
        // Sectors count insight days whatever their sector.
        #expect(result.facets.sectors[.digital] == 1)
        #expect(result.facets.sectors[.health] == 1)
        #expect(result.facets.modes[.inPerson] == 1)
        #expect(result.facets.stages[.investigateExplore] == 1)
    }

    @Test func hasPlacesAndAccreditedFilters() throws {
        let fixture = CatalogueFixture { f in
            [
                f.entry(1, provider: f.accredited, taken: 2),
                f.entry(2, provider: f.accredited, taken: 1),
                f.entry(3, provider: f.plain),
            ]
        }
        #expect(try fixture.ids([("has_places", "true")]) == [2, 3])
        // The plain provider's badge expired yesterday; the other's expires today and still counts.
        #expect(try fixture.ids([("accredited", "true")]) == [1, 2])
        #expect(try fixture.ids([("accredited", "true"), ("has_places", "true")]) == [2])
    }

    @Test func minRatingKeepsProvidersRatedAtLeastThatAndDropsUnratedOnes() throws {
        let fixture = CatalogueFixture { f in
            [
                f.entry(1, provider: f.accredited),
                f.entry(2, provider: f.plain),
                f.entry(3, provider: f.unrated),
            ]
        }
        #expect(try fixture.ids([]) == [1, 2, 3])
        #expect(try fixture.ids([("min_rating", "4.5")]) == [1])
        #expect(try fixture.ids([("min_rating", "3")]) == [1, 2])
        #expect(try fixture.ids([("min_rating", "1")]) == [1, 2])
    }

    @Test func datesOverlapWhenTheOpportunityRunsOrCanHost() throws {
        let fixture = CatalogueFixture { f in
            [
                f.entry(1) { $0.sessions = [.init(start: "2027-03-01", end: "2027-03-05")] },
                f.entry(2) {
                    $0.sessions = nil; $0.weeks = ["2027-W27"]
                },
            ]
        }
        #expect(try fixture.ids([("from", "2027-03-05")]) == [1, 2])
        #expect(try fixture.ids([("from", "2027-03-06"), ("to", "2027-07-04")]) == [])
        #expect(try fixture.ids([("from", "2027-07-09")]) == [2])
        #expect(try fixture.ids([("to", "2027-03-01")]) == [1])
    }

    @Test func textSearchIsCaseAndAccentInsensitiveAndRanksTitleFirst() throws {
        let fixture = CatalogueFixture { f in
            [
                f.entry(1) { $0.description = "You will meet a nurse." },
                f.entry(2) { $0.title = "NURSE insight day" },
                f.entry(3, provider: f.plain) { $0.title = "Kitchen day" },
                f.entry(4) { $0.title = "Plumbing" },
            ]
        }
        #expect(try fixture.ids([("q", "nurses")]) == [2, 1])
        #expect(try fixture.ids([("q", "cafe societe")]) == [1, 2, 3, 4])
        #expect(try fixture.ids([("q", "kitchen CAFÉ")]) == [3])
        #expect(try fixture.ids([("q", "zebra")]) == [])
    }

    @Test func soonestAndNewestSorts() throws {
        let fixture = CatalogueFixture { f in
            [
                f.entry(1, created: 300) { $0.sessions = [.init(start: "2027-05-01", end: "2027-05-02")] },
                f.entry(2, created: 100) { $0.sessions = [.init(start: "2027-02-01", end: "2027-02-02")] },
                f.entry(3, created: 200) { $0.sessions = [.init(start: "2026-12-01", end: "2026-12-02")] },  // over
            ]
        }
        // A listing whose last day is over leaves search, whatever the sort.
        #expect(try fixture.ids([]) == [2, 1])
        #expect(try fixture.ids([("sort", "newest")]) == [1, 2])
    }

    @Test func cursorPagesCoverEverythingOnceInOrder() throws {
        let fixture = CatalogueFixture { f in
            (1...47).map { n in f.entry(n, created: Double(n % 5)) { $0.postcode = ["NE1 4ST", "NE8 1EP", "DH1 3LE", "SR1 1RE"][n % 4] } }
        }
        for sort in ["distance", "soonest", "newest"] {
            var seen: [Int] = []
            var cursor: String?
            repeat {
                var parameters = [("near", "NE1 4ST"), ("within_km", "40"), ("sort", sort), ("limit", "10")]
                if let cursor { parameters.append(("cursor", cursor)) }
                let page = try fixture.search(parameters)
                #expect(page.total == 47)
                seen += page.hits.map { Int($0.entry.id.uuidString.suffix(12))! }
                cursor = page.nextCursor?.encoded
            } while cursor != nil
            #expect(seen.count == 47, "sort \(sort)")
            #expect(Set(seen).count == 47, "sort \(sort)")
            let all = try fixture.ids([("near", "NE1 4ST"), ("within_km", "40"), ("sort", sort), ("limit", "100")])
            #expect(seen == all, "sort \(sort)")
        }
    }

    @Test func updatesAndRemovalsChangeResults() throws {
        var fixture = CatalogueFixture { f in [f.entry(1), f.entry(2)] }
        let changed = fixture.entry(2) { $0.title = "Renamed" }
        fixture.index = fixture.index.applying(
            .init(upserts: [changed], removals: [changed.id].filter { _ in false } + [fixture.entry(1).id]))
        #expect(fixture.index.count == 1)
        #expect(try fixture.ids([("q", "renamed")]) == [2])
        // Renaming a provider re-indexes its listings' words.
        fixture.index = fixture.index.applying(
            .init(providers: [CatalogueProvider(id: fixture.plain.id, name: "Northern Rail", badges: [])]))
        #expect(try fixture.ids([("q", "rail")]) == [2])
        #expect(try fixture.ids([("q", "societe")]) == [])
    }
}

@Suite struct TextSearchTests {
    /// The byte-by-byte reading of ASCII text finds exactly the words the general rule finds.
    @Test func asciiWordsAreTheFoldedWords() {
        var random = SystemRandomNumberGenerator()
        let alphabet = Array("abcXYZ09 -_.,;:'\"!?\t\n\r\u{7F}/&")
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...40, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            #expect(TextSearch.asciiWords(text) == TextSearch.foldedWords(text), "\(text.debugDescription)")
        }
        #expect(TextSearch.asciiWords("Café") == nil)
        #expect(TextSearch.words("Café au LAIT, Ñandú") == ["cafe", "au", "lait", "nandu"])
    }
}

@Suite struct BulkLoadTests {
    /// A large first load (words found on every core) gives the same answers as loading the
    /// same listings in small batches (one core).
    @Test func aLargeBatchIndexesAsSmallBatchesDo() throws {
        let words = ["engineering", "nursing", "design", "Café", "law", "retail"]
        let fixture = CatalogueFixture { _ in [] }
        let entries = (0..<9_000).map { n in
            fixture.entry(n) {
                $0.title = "\(words[n % words.count]) week \(n % 7)"; $0.summary = "About \(words[(n / 3) % words.count])"
            }
        }
        let bulk = fixture.index.applying(.init(upserts: entries))
        var batched = fixture.index
        for start in stride(from: 0, to: entries.count, by: 1_000) {
            batched = batched.applying(.init(upserts: Array(entries[start..<start + 1_000])))
        }
        for q in ["engineering", "nurs", "cafe", "law week", "retail 3"] {
            let query = try OpportunityQuery.parse([("q", q), ("limit", "100")], gazetteer: fixture.gazetteer)
            let a = bulk.search(query, today: CatalogueFixture.today), b = batched.search(query, today: CatalogueFixture.today)
            #expect(a.total == b.total && a.total > 0, "\(q)")
            #expect(Set(a.hits.map { $0.entry.id }) == Set(b.hits.map { $0.entry.id }), "\(q)")
        }
    }

    /// Pages split into words ahead (as the start-up loader does) index as plain upserts do; a
    /// page tokenised under a provider's old name is tokenised again under the new one.
    @Test func pagesTokenisedAheadIndexAsUpsertsDo() throws {
        let fixture = CatalogueFixture { _ in [] }
        let words = ["engineering", "nursing", "design", "law"]
        let entries = (0..<3_000).map { n in fixture.entry(n) { $0.title = "\(words[n % words.count]) week \(n % 5)" } }
        let providers = fixture.index.providers
        let pages = stride(from: 0, to: entries.count, by: 700).map {
            TokenisedListings(Array(entries[$0..<min(entries.count, $0 + 700)]), providers: providers)
        }
        let plain = fixture.index.applying(.init(upserts: entries))
        let ahead = fixture.index.applying(.init(tokenised: pages))
        for q in ["engineering", "nurs week 3", "law", "cafe"] {
            let query = try OpportunityQuery.parse([("q", q), ("limit", "100")], gazetteer: fixture.gazetteer)
            let a = plain.search(query, today: CatalogueFixture.today), b = ahead.search(query, today: CatalogueFixture.today)
            #expect(a.total == b.total && a.total > 0, "\(q)")
            #expect(a.hits.map(\.id) == b.hits.map(\.id), "\(q)")
        }

        var renamed = fixture.plain
        renamed.name = "Harbour Bakery"
        let stale = fixture.index.applying(.init(tokenised: pages, providers: [renamed]))
        func total(_ index: CatalogueIndex, _ q: String) throws -> Int {
            index.search(try OpportunityQuery.parse([("q", q)], gazetteer: fixture.gazetteer), today: CatalogueFixture.today).total
        }
        #expect(try total(stale, "harbour") == entries.count)
        #expect(try total(stale, "societe") == 0)
    }
}
