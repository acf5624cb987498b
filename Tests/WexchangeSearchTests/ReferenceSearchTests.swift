import Foundation
import Testing
import WexchangeCore
import WexchangeGeo
@testable import WexchangeSearch

/// The index must give exactly what a plain reading of the spec gives: every filter applied to
/// every listing, facets counted ignoring their own filter, in-radius listings by distance then
/// virtual ones; listings whose last day is over never, those past their "apply by" date only
/// with include_closed. This brute force is that reading; random catalogues and queries are compared.
@Suite struct ReferenceSearchTests {
    static let today = CalendarDate(iso: "2027-01-10")!
    static let postcodes = ["NE1 4ST", "NE8 1EP", "DH1 3LE", "SR1 1RE", "TS1 1AA", "M1 1AE", "SW1A 1AA", "CA1 1AA"]

    /// `spread` moves each in-person listing up to that many degrees from its postcode, so the
    /// listings fill many grid cells (some wholly inside a search circle, some on its edge).
    func catalogue(seed: UInt64, count: Int, spread: Double = 0) -> (CatalogueIndex, [CatalogueEntry]) {
        var random = SeededRandom(seed: seed)
        let gazetteer = Gazetteer.bundled
        let provider = CatalogueProvider(id: UUID(), name: "Provider", badges: [])
        var entries: [CatalogueEntry] = []
        while entries.count < count {
            var input = OpportunityInput()
            let virtual = random.next() % 4 == 0
            input.title = "Listing"
            input.summary = "Summary"
            input.type =
                virtual
                ? ["careers_talk", "skills_session", "insight_day"][Int(random.next() % 3)]
                : ["work_placement", "insight_day", "job_shadowing", "careers_talk"][Int(random.next() % 4)]
            input.mode = virtual ? "virtual" : (random.next() % 5 == 0 ? "hybrid" : "in_person")
            if input.mode == "hybrid" { input.type = "hybrid_placement" }
            input.sector = Sector.allCases[Int(random.next() % 15)].rawValue
            input.stage = Stage.allCases[Int(random.next() % 3)].rawValue
            input.years = [7 + Int(random.next() % 7), 7 + Int(random.next() % 7)]
            if !virtual {
                input.address = "Somewhere"
                input.postcode = Self.postcodes[Int(random.next() % UInt64(Self.postcodes.count))]
            }
            input.capacity = 1 + Int(random.next() % 3)
            input.hoursPerDay = 6
            input.days = 1
            let start = Self.today.adding(days: Int(random.next() % 200) - 20)
            input.sessions = [.init(start: start.description, end: start.adding(days: Int(random.next() % 5)).description)]
            // Some closed to applications already, some closing later, most with no deadline.
            if random.next() % 4 == 0 { input.applicationDeadline = start.adding(days: -Int(random.next() % 30)).description }
            input.skills = Skill.allCases.filter { _ in random.next() % 3 == 0 }.map(\.rawValue)
            input.sendAdjustments = SendAdjustment.allCases.filter { $0 != .other && random.next() % 3 == 0 }.map(\.rawValue)
            guard case .success(var details) = OpportunityRules.validate(input, gazetteer: gazetteer) else { continue }
            if spread > 0, let coordinate = details.location?.coordinate {
                func jitter() -> Double { (Double(random.next() % 2_000_001) / 1_000_000 - 1) * spread }
                details.location!.coordinate = Coordinate(
                    latitude: coordinate.latitude + jitter(), longitude: coordinate.longitude + jitter())
            }
            entries.append(
                CatalogueEntry(
                    id: UUID(), providerId: provider.id, details: details, placesTaken: Int(random.next() % 3),
                    createdAt: Date(timeIntervalSince1970: Double(random.next() % 1000)), updatedAt: Date()))
        }
        return (CatalogueIndex().applying(.init(upserts: entries, providers: [provider])), entries)
    }

    struct Reference {
        var ids: [UUID]
        /// Every listing passing every filter, in no particular order.
        var matching: [CatalogueEntry]
        var total: Int
        var facets: CatalogueIndex.Facets
    }

    func reference(_ entries: [CatalogueEntry], _ query: OpportunityQuery) -> Reference {
        func passesOthers(_ e: CatalogueEntry, ignoring facet: String?) -> Bool {
            let d = e.details
            guard let lastDay = d.schedule.hostingRanges.map(\.end).max(), lastDay >= Self.today else { return false }
            if !query.includeClosed, let deadline = d.applicationDeadline, deadline < Self.today { return false }
            if let near = query.near, d.mode.hasPlace, GreatCircle.distanceKm(near.coordinate, d.location!.coordinate) > query.withinKm {
                return false
            }
            if !query.years.isEmpty, query.years.isDisjoint(with: d.years) { return false }
            if query.hasPlacesOnly, e.placesLeft == 0 { return false }
            if !query.skills.isEmpty, query.skills.isDisjoint(with: d.skills) { return false }
            if !query.sendAdjustments.isSubset(of: Set(d.sendAdjustments)) { return false }
            if let from = query.from,
                !d.schedule.hostingRanges.contains(where: { $0.end >= from && $0.start <= (query.to ?? from.adding(days: 100_000)) })
            {
                return false
            }
            if facet != "type", !query.types.isEmpty, !query.types.contains(d.type) { return false }
            if facet != "mode", !query.modes.isEmpty, !query.modes.contains(d.mode) { return false }
            if facet != "sector", !query.sectors.isEmpty, !query.sectors.contains(d.sector) { return false }
            if facet != "stage", !query.stages.isEmpty, !query.stages.contains(d.stage) { return false }
            return true
        }
        var facets = CatalogueIndex.Facets()
        for e in entries {
            if passesOthers(e, ignoring: "type") { facets.types[e.details.type, default: 0] += 1 }
            if passesOthers(e, ignoring: "mode") { facets.modes[e.details.mode, default: 0] += 1 }
            if passesOthers(e, ignoring: "sector") { facets.sectors[e.details.sector, default: 0] += 1 }
            if passesOthers(e, ignoring: "stage") { facets.stages[e.details.stage, default: 0] += 1 }
        }
        func fill<T: Taxonomy>(_ counts: inout [T: Int]) { for value in T.allCases where counts[value] == nil { counts[value] = 0 } }
        fill(&facets.types); fill(&facets.modes); fill(&facets.sectors); fill(&facets.stages)
        let matching = entries.filter { passesOthers($0, ignoring: nil) }
        let ordered =
            query.near == nil
            ? []
            : matching.sorted { a, b in
                let da =
                    a.details.mode.hasPlace ? GreatCircle.distanceKm(query.near!.coordinate, a.details.location!.coordinate) : .infinity
                let db =
                    b.details.mode.hasPlace ? GreatCircle.distanceKm(query.near!.coordinate, b.details.location!.coordinate) : .infinity
                return da != db ? da < db : a.id.uuidString < b.id.uuidString
            }
        let ids = query.near == nil ? [] : ordered.prefix(query.limit).map(\.id)
        return Reference(ids: ids, matching: matching, total: matching.count, facets: facets)
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func indexAgreesWithBruteForce(seed: UInt64) throws {
        // Odd seeds: listings at postcode centroids (few, crowded cells); even: spread over many cells.
        let (index, entries) = catalogue(seed: seed, count: 400, spread: seed % 2 == 0 ? 0.4 : 0)
        var random = SeededRandom(seed: seed &* 31)
        for _ in 0..<40 {
            var parameters: [(String, String)] = [
                ("near", Self.postcodes[Int(random.next() % 8)]), ("within_km", ["5", "25", "80"][Int(random.next() % 3)]),
                ("limit", "100"),
            ]
            if random.next() % 2 == 0 { parameters.append(("type", OpportunityType.allCases[Int(random.next() % 10)].rawValue)) }
            if random.next() % 2 == 0 { parameters.append(("year", String(7 + random.next() % 7))) }
            if random.next() % 2 == 0 { parameters.append(("has_places", "true")) }
            if random.next() % 3 == 0 { parameters.append(("mode", DeliveryMode.allCases[Int(random.next() % 3)].rawValue)) }
            if random.next() % 3 == 0 { parameters.append(("sector", Sector.allCases[Int(random.next() % 15)].rawValue)) }
            if random.next() % 4 == 0 { parameters.append(("skill", Skill.allCases[Int(random.next() % 8)].rawValue)) }
            if random.next() % 4 == 0 { parameters.append(("send", "quiet_space")) }
            if random.next() % 4 == 0 { parameters.append(("from", Self.today.adding(days: Int(random.next() % 100)).description)) }
            if random.next() % 3 == 0 { parameters.append(("include_closed", "true")) }
            let query = try OpportunityQuery.parse(parameters, gazetteer: .bundled)
            let result = index.search(query, today: Self.today)
            let expected = reference(entries, query)
            #expect(result.total == expected.total, "\(parameters)")
            #expect(result.facets == expected.facets, "\(parameters)")
            // In-person order is by distance; virtual ones (equal distance) may come in any stable order.
            let inPerson = result.hits.filter { $0.distanceKm != nil }.map(\.entry.id)
            #expect(inPerson == Array(expected.ids.prefix(inPerson.count)), "\(parameters)")
            // Virtual listings follow in soonest order, which the reference does not model: compare
            // the whole page as a set only when everything fits on it.
            if expected.total <= query.limit {
                #expect(Set(result.hits.map(\.entry.id)) == Set(expected.ids), "\(parameters)")
            }
        }
    }

    /// Numbered pages are slices of the same order the cursor pages through: page n of size L
    /// holds exactly the results L·(n−1)+1 to L·n, for every sort, in bulk and one by one.
    @Test(arguments: [7, 8] as [UInt64])
    func numberedPagesAreSlicesOfTheWholeOrder(seed: UInt64) throws {
        let (index, _) = catalogue(seed: seed, count: 1_500, spread: 0.5)
        var random = SeededRandom(seed: seed &* 13)
        for round in 0..<20 {
            var parameters: [(String, String)] = [("sort", ["soonest", "newest", "distance"][round % 3])]
            if round % 3 == 2 || random.next() % 2 == 0 {
                parameters += [("near", Self.postcodes[Int(random.next() % 8)]), ("within_km", "60")]
            }
            if random.next() % 2 == 0 { parameters.append(("year", String(7 + random.next() % 7))) }
            let limit = [1, 7, 20][Int(random.next() % 3)]
            var whole = try OpportunityQuery.parse(parameters + [("limit", "100")], gazetteer: .bundled)
            var order: [UUID] = []
            while true {
                let page = index.search(whole, today: Self.today)
                order += page.hits.map(\.entry.id)
                guard let next = page.nextCursor, order.count < 200 else { break }
                whole.cursor = next
            }
            for number in [1, 2, 5] where (number - 1) * limit < order.count {
                let query = try OpportunityQuery.parse(
                    parameters + [("limit", String(limit)), ("page", String(number))], gazetteer: .bundled)
                let expected = Array(order.dropFirst((number - 1) * limit).prefix(limit))
                #expect(index.search(query, today: Self.today).hits.map(\.entry.id) == expected, "\(parameters) page \(number)")
                #expect(
                    index.search(query, today: Self.today, inBulk: false).hits.map(\.entry.id) == expected, "\(parameters) page \(number)")
            }
        }
    }

    /// Counting runs of listings 64 at a time (cells wholly inside the circle, or the whole
    /// catalogue without `near`) gives exactly what visiting each listing gives, for every sort,
    /// page and filter, including runs that start and end inside a 64-slot word.
    @Test(arguments: [5, 6] as [UInt64])
    func bulkCountingAgreesWithListingByListing(seed: UInt64) throws {
        let (index, _) = catalogue(seed: seed, count: 3_000, spread: 0.6)
        var random = SeededRandom(seed: seed &* 17)
        for round in 0..<60 {
            var parameters: [(String, String)] = [("limit", ["1", "20", "100"][Int(random.next() % 3)])]
            if round % 4 != 0 {
                parameters += [
                    ("near", Self.postcodes[Int(random.next() % 8)]), ("within_km", ["3", "10", "25", "60"][Int(random.next() % 4)]),
                ]
            }
            parameters.append(("sort", ["distance", "soonest", "newest"][Int(random.next() % 3)]))
            if parameters.contains(where: { $0 == ("sort", "distance") }) && round % 4 == 0 { parameters.removeLast() }
            if random.next() % 2 == 0 { parameters.append(("type", OpportunityType.allCases[Int(random.next() % 10)].rawValue)) }
            if random.next() % 3 == 0 { parameters.append(("type", OpportunityType.allCases[Int(random.next() % 10)].rawValue)) }
            if random.next() % 2 == 0 { parameters.append(("year", String(7 + random.next() % 7))) }
            if random.next() % 2 == 0 { parameters.append(("has_places", "true")) }
            if random.next() % 3 == 0 { parameters.append(("mode", DeliveryMode.allCases[Int(random.next() % 3)].rawValue)) }
            if random.next() % 3 == 0 { parameters.append(("sector", Sector.allCases[Int(random.next() % 15)].rawValue)) }
            if random.next() % 3 == 0 { parameters.append(("stage", Stage.allCases[Int(random.next() % 3)].rawValue)) }
            if random.next() % 3 == 0 { parameters.append(("include_closed", "true")) }
            var query = try OpportunityQuery.parse(parameters, gazetteer: .bundled)
            // Two pages, so cursors are compared too.
            for _ in 0..<2 {
                let bulk = index.search(query, today: Self.today, inBulk: true)
                let single = index.search(query, today: Self.today, inBulk: false)
                #expect(bulk.total == single.total, "\(parameters)")
                #expect(bulk.facets == single.facets, "\(parameters)")
                #expect(bulk.hits.map(\.entry.id) == single.hits.map(\.entry.id), "\(parameters)")
                #expect(bulk.hits.map(\.distanceKm) == single.hits.map(\.distanceKm), "\(parameters)")
                #expect(bulk.nextCursor?.encoded == single.nextCursor?.encoded, "\(parameters)")
                guard let next = bulk.nextCursor else { break }
                query.cursor = next
            }
        }
    }
}

/// The day decides what search shows: a listing past its "apply by" date shows only when closed
/// ones are asked for, and one whose last day is over never does.
@Suite struct ClosedListingsTests {
    @Test func closedListingsShowOnlyWhenAskedAndEndedOnesNever() throws {
        let today = CalendarDate(iso: "2027-03-01")!
        func entry(_ title: String, start: String, end: String, deadline: String?) throws -> CatalogueEntry {
            var input = OpportunityInput()
            input.title = title
            input.summary = "Summary"
            input.type = "careers_talk"
            input.mode = "virtual"
            input.sector = Sector.business.rawValue
            input.stage = Stage.investigateExplore.rawValue
            input.years = [10]
            input.capacity = 5
            input.hoursPerDay = 2
            input.days = 1
            input.sessions = [.init(start: start, end: end)]
            input.applicationDeadline = deadline
            guard case .success(let details) = OpportunityRules.validate(input, gazetteer: .bundled) else {
                throw QueryError("input", "\(title) is not valid")
            }
            return CatalogueEntry(
                id: UUID(), providerId: UUID(), details: details, placesTaken: 0, createdAt: Date(), updatedAt: Date())
        }
        let open = try entry("Open", start: "2027-03-10", end: "2027-03-10", deadline: "2027-03-01")
        let closed = try entry("Closed", start: "2027-03-10", end: "2027-03-10", deadline: "2027-02-28")
        let running = try entry("Running", start: "2027-02-20", end: "2027-03-01", deadline: nil)
        let ended = try entry("Ended", start: "2027-02-20", end: "2027-02-28", deadline: nil)
        let index = CatalogueIndex().applying(.init(upserts: [open, closed, running, ended]))
        for inBulk in [true, false] {
            let usual = index.search(try OpportunityQuery.parse([], gazetteer: .bundled), today: today, inBulk: inBulk)
            #expect(Set(usual.hits.map(\.entry.details.title)) == ["Open", "Running"])
            #expect(usual.total == 2)
            #expect(usual.facets.modes[.virtual] == 2)
            let all = index.search(
                try OpportunityQuery.parse([("include_closed", "true")], gazetteer: .bundled), today: today, inBulk: inBulk)
            #expect(Set(all.hits.map(\.entry.details.title)) == ["Open", "Closed", "Running"])
            // The next day the deadline of "Open" has passed too, and "Running" is over.
            let later = index.search(try OpportunityQuery.parse([], gazetteer: .bundled), today: today.adding(days: 1), inBulk: inBulk)
            #expect(later.hits.isEmpty)
        }
        #expect(throws: QueryError.self) { try OpportunityQuery.parse([("include_closed", "maybe")], gazetteer: .bundled) }
    }
}
