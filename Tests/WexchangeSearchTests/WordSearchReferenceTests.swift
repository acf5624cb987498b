import Foundation
import Testing
import WexchangeCore
import WexchangeGeo
@testable import WexchangeSearch

/// Word search through the inverted index must give what a plain reading gives: a listing
/// matches when every query term (plural "s" dropped) begins one of its words (one- and
/// two-letter terms: is one of them), case and accents ignored; relevance adds each term's best
/// field weight (title 8, provider 4, summary 3, type and sector labels 2, description 1).
/// Random catalogues and queries, with prefixes, accents, plurals, capitals and no match.
@Suite struct WordSearchReferenceTests {
    static let today = ReferenceSearchTests.today
    static let words = [
        "Nurse", "nursery", "Nursing", "nurses", "engineering", "Engineer", "law", "lawyer", "design", "designer", "hospital",
        "software", "animal", "media", "finance", "construction", "café", "CAFE", "résumé", "IT", "uk", "it", "care", "careers",
        "carpentry", "d'art", "naïve",
    ]
    static let providerNames = ["Nursing Trust", "Café Ltd", "Design Works", "Newcastle Law"]
    static let queries = [
        "nurs", "nurses", "nurse", "Nursing", "engineering", "ENG", "law", "lawyers", "design", "hospital", "software", "animal",
        "construction", "finance", "media", "cafe", "CAFÉ", "resume", "it", "u", "uk", "zzz", "nursing design", "law café",
        "car", "care", "careers", "art", "naive", "trust", "works", "health", "manufacturing", "placement", "nurs zzz", "nurs nurs",
    ]

    func catalogue(seed: UInt64, count: Int) -> (CatalogueIndex, [CatalogueEntry], [UUID: String]) {
        var random = SeededRandom(seed: seed)
        let providers = Self.providerNames.map { CatalogueProvider(id: UUID(), name: $0, badges: []) }
        func text(_ most: Int) -> String {
            (0..<(1 + Int(random.next() % UInt64(most)))).map { _ in Self.words[Int(random.next() % UInt64(Self.words.count))] }
                .joined(separator: random.next() % 2 == 0 ? " " : ", ")
        }
        let (_, base) = ReferenceSearchTests().catalogue(seed: seed, count: count, spread: 0.3)
        let entries = base.map { entry in
            var details = entry.details
            details.title = text(3)
            details.summary = text(6)
            details.description = random.next() % 3 == 0 ? "" : text(12)
            return CatalogueEntry(
                id: entry.id, providerId: providers[Int(random.next() % UInt64(providers.count))].id, details: details,
                placesTaken: entry.placesTaken, createdAt: entry.createdAt, updatedAt: entry.updatedAt)
        }
        let names = Dictionary(uniqueKeysWithValues: providers.map { ($0.id, $0.name) })
        return (CatalogueIndex().applying(.init(upserts: entries, providers: providers)), entries, names)
    }

    /// Relevance of `entry` for `terms`, or nil when a term matches none of its words.
    static func score(_ entry: CatalogueEntry, provider: String, terms: [String]) -> Int? {
        let d = entry.details
        let fields: [(String, Int)] = [
            (d.title, 8), (provider, 4), (d.summary, 3), ("\(d.type.label) \(d.sector.label)", 2), (d.description, 1),
        ]
        var total = 0
        for term in terms {
            let best = fields.filter { text, _ in
                TextSearch.words(text).contains { term.count < 3 ? $0 == term : $0.hasPrefix(term) }
            }.map(\.1).max()
            guard let best else { return nil }
            total += best
        }
        return total
    }

    @Test(arguments: [21, 22, 23] as [UInt64])
    func wordSearchAgreesWithBruteForce(seed: UInt64) throws {
        let (index, entries, names) = catalogue(seed: seed, count: 1_200)
        var random = SeededRandom(seed: seed &* 7)
        var matchedSome = 0
        for round in 0..<80 {
            let text = Self.queries[Int(random.next() % UInt64(Self.queries.count))]
            var parameters: [(String, String)] = [("q", text), ("limit", ["5", "20", "100"][Int(random.next() % 3)])]
            let near = round % 3 != 0
            if near {
                parameters += [
                    ("near", ReferenceSearchTests.postcodes[Int(random.next() % 8)]),
                    ("within_km", ["5", "25", "80"][Int(random.next() % 3)]),
                ]
            }
            let sorts = near ? ["relevance", "distance", "soonest"] : ["relevance", "newest"]
            parameters.append(("sort", sorts[Int(random.next() % UInt64(sorts.count))]))
            if random.next() % 2 == 0 { parameters.append(("year", String(7 + random.next() % 7))) }
            if random.next() % 3 == 0 { parameters.append(("type", OpportunityType.allCases[Int(random.next() % 10)].rawValue)) }
            if random.next() % 3 == 0 { parameters.append(("sector", Sector.allCases[Int(random.next() % 15)].rawValue)) }
            if random.next() % 4 == 0 { parameters.append(("has_places", "true")) }
            if random.next() % 5 == 0 { parameters.append(("from", Self.today.adding(days: Int(random.next() % 100)).description)) }
            if random.next() % 3 == 0 { parameters.append(("include_closed", "true")) }
            let query = try OpportunityQuery.parse(parameters, gazetteer: .bundled)
            let terms = TextSearch.queryTerms(text)
            let scores = Dictionary(
                uniqueKeysWithValues: entries.compactMap { entry in
                    Self.score(entry, provider: names[entry.providerId]!, terms: terms).map { (entry.id, $0) }
                })
            let expected = ReferenceSearchTests().reference(entries.filter { scores[$0.id] != nil }, query)
            for inBulk in [true, false] {
                let result = index.search(query, today: Self.today, inBulk: inBulk)
                #expect(result.total == expected.total, "\(parameters)")
                #expect(result.facets == expected.facets, "\(parameters)")
                if query.sort == .relevance {
                    let order = expected.matching.sorted { a, b in
                        scores[a.id]! != scores[b.id]! ? scores[a.id]! > scores[b.id]! : a.id.uuidString < b.id.uuidString
                    }
                    #expect(result.hits.map(\.entry.id) == order.prefix(query.limit).map(\.id), "\(parameters)")
                } else if query.sort == .distance {
                    let inPerson = result.hits.filter { $0.distanceKm != nil }.map(\.entry.id)
                    #expect(inPerson == Array(expected.ids.prefix(inPerson.count)), "\(parameters)")
                }
            }
            if expected.total > 0 { matchedSome += 1 }
        }
        // The queries are not all misses.
        #expect(matchedSome > 30)
    }

    /// Equal scores are ordered by id. The page keeps the smallest ids even when hundreds tie and
    /// many ids share their first bytes (the search's quick tie check reads only those).
    @Test func tiesOnRelevanceGoToTheSmallestIds() throws {
        var random = SeededRandom(seed: 5)
        let (_, base) = ReferenceSearchTests().catalogue(seed: 5, count: 600, spread: 0.3)
        let entries = base.enumerated().map { position, entry in
            var details = entry.details
            details.title = "Engineering taster"
            details.description = ""
            var bytes = (0..<16).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            if position % 3 != 0 { (bytes[0], bytes[1]) = (0x12, 0x34) }  // two in three share the top 16 bits
            let id = UUID(
                uuid: (
                    bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                    bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
                ))
            return CatalogueEntry(
                id: id, providerId: entry.providerId, details: details, placesTaken: entry.placesTaken,
                createdAt: entry.createdAt, updatedAt: entry.updatedAt)
        }
        let index = CatalogueIndex().applying(.init(upserts: entries, providers: []))
        let query = try OpportunityQuery.parse([("q", "engineering"), ("include_closed", "true")], gazetteer: .bundled)
        let expected = ReferenceSearchTests().reference(entries, query).matching.map(\.id)
            .sorted { $0.uuidString < $1.uuidString }
        #expect(expected.count > 100)
        var seen: [UUID] = []
        var cursor: Cursor?
        repeat {
            var parameters = [("q", "engineering"), ("include_closed", "true"), ("limit", "20")]
            if let cursor { parameters.append(("cursor", cursor.encoded)) }
            let query = try OpportunityQuery.parse(parameters, gazetteer: .bundled)
            let page = index.search(query, today: Self.today, inBulk: true)
            #expect(page.hits.map(\.entry.id) == Array(expected.dropFirst(seen.count).prefix(20)))
            #expect(index.search(query, today: Self.today, inBulk: false).hits.map(\.entry.id) == page.hits.map(\.entry.id))
            seen += page.hits.map(\.entry.id)
            cursor = page.nextCursor
        } while cursor != nil && seen.count < 200
        #expect(seen.count == 200)
    }
}
