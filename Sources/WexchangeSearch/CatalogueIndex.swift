import Collections
import Foundation
import WexchangeCore
import WexchangeGeo

/// Every published listing held in memory in a form that answers a search in well under a
/// millisecond: filters are bit masks, places sit in a spatial grid, words are interned ids.
///
/// The index is an immutable value: `applying(_:)` returns a new index, so readers never wait
/// for writers (the app swaps snapshots under a lock). Build cost is O(listings) per batch of
/// changes, which is why the app batches them.
public struct CatalogueIndex: Sendable {
    public private(set) var providers: [UUID: CatalogueProvider] = [:]
    private var prepared: [UUID: PreparedEntry] = [:]
    private var vocabulary = Vocabulary()

    // Derived on every change, in id order so that results never depend on insertion order.
    private var slots: [PreparedEntry] = []
    private var slotOfId: [UUID: Int] = [:]
    private var spatial = SpatialIndex(points: [])
    private var virtualSlots: [Int32] = []
    /// Hot per-slot data in flat arrays, so the search loop touches no reference-counted values.
    private var hot = HotColumns()

    public init() {}

    public var count: Int { slots.count }

    public func entry(id: UUID) -> CatalogueEntry? { prepared[id]?.entry }

    /// A batch of changes: listings to add or replace, listing ids to drop, providers to add or replace.
    public struct Changes: Sendable {
        public var upserts: [CatalogueEntry]
        public var removals: [UUID]
        public var providers: [CatalogueProvider]

        public init(upserts: [CatalogueEntry] = [], removals: [UUID] = [], providers: [CatalogueProvider] = []) {
            self.upserts = upserts
            self.removals = removals
            self.providers = providers
        }

        public var isEmpty: Bool { upserts.isEmpty && removals.isEmpty && providers.isEmpty }
    }

    public func applying(_ changes: Changes) -> CatalogueIndex {
        guard !changes.isEmpty else { return self }
        var next = self
        var renamed = Set<UUID>()
        for provider in changes.providers {
            if next.providers[provider.id]?.name != provider.name { renamed.insert(provider.id) }
            next.providers[provider.id] = provider
        }
        for id in changes.removals { next.prepared[id] = nil }
        for entry in changes.upserts {
            next.prepared[entry.id] = next.prepare(entry)
        }
        if !renamed.isEmpty {
            for (id, item) in next.prepared where renamed.contains(item.entry.providerId) {
                next.prepared[id] = next.prepare(item.entry)
            }
        }
        next.rebuildSlots()
        return next
    }

    private mutating func prepare(_ entry: CatalogueEntry) -> PreparedEntry {
        let providerName = providers[entry.providerId]?.name ?? ""
        let details = entry.details
        var tokens: [(UInt32, UInt8)] = []
        func add(_ text: String, _ field: TextField) {
            for word in TextSearch.words(text) { tokens.append((vocabulary.intern(word), UInt8(field.rawValue))) }
        }
        add(details.title, .title)
        add(providerName, .provider)
        add(details.summary, .summary)
        add("\(details.type.label) \(details.sector.label)", .labels)
        add(details.description, .description)
        // Keep each word once, at its best-weighted field.
        var best: [UInt32: UInt8] = [:]
        for (id, field) in tokens where best[id].map({ field < $0 }) ?? true { best[id] = field }
        let sortedTokens = best.sorted { $0.key < $1.key }
        return PreparedEntry(entry: entry, tokenIds: sortedTokens.map(\.key), tokenFields: sortedTokens.map(\.value))
    }

    private mutating func rebuildSlots() {
        slots = prepared.values.sorted { SortKey(group: 0, primary: 0, id: $0.entry.id) < SortKey(group: 0, primary: 0, id: $1.entry.id) }
        slotOfId = Dictionary(uniqueKeysWithValues: slots.enumerated().map { ($1.entry.id, $0) })
        spatial = SpatialIndex(points: slots.map { $0.entry.details.mode.hasPlace ? $0.entry.details.location?.coordinate : nil })
        virtualSlots = slots.indices.filter { !slots[$0].entry.details.mode.hasPlace }.map { Int32($0) }
        hot = HotColumns(slots)
    }

    // MARK: - Searching

    public struct Hit: Sendable {
        public let entry: CatalogueEntry
        public let provider: CatalogueProvider?
        /// Great-circle km from `near`, for in-person and hybrid listings when `near` was given.
        public let distanceKm: Double?
    }

    public struct Facets: Sendable, Equatable {
        public var types: [OpportunityType: Int] = [:]
        public var modes: [DeliveryMode: Int] = [:]
        public var sectors: [Sector: Int] = [:]
        public var stages: [Stage: Int] = [:]
    }

    public struct Result: Sendable {
        public let hits: [Hit]
        /// All listings matching every filter (not only this page).
        public let total: Int
        public let facets: Facets
        public let nextCursor: Cursor?
    }

    public func search(_ query: OpportunityQuery, today: CalendarDate) -> Result {
        let sort = query.sort
        let masks = QueryMasks(query, today: today, providers: providers)
        let terms = TextSearch.queryTerms(query.text).map { vocabulary.matching($0) }
        let day = Int32(today.dayNumber)
        // Read once: touching `query` inside the loop copies its `Place` and sets every time.
        let hasNear = query.near != nil

        // Candidates: in-person and hybrid listings within the radius (group 0), then every
        // virtual one (group 1); without `near`, every listing.
        var candidates: [(slot: Int32, chordSquared: Double)] = []
        if let center = query.near?.coordinate {
            spatial.forEach(within: query.withinKm, of: center) { slot, c2 in candidates.append((Int32(slot), c2)) }
        }
        let placeCount = candidates.count
        if hasNear {
            candidates.reserveCapacity(placeCount + virtualSlots.count)
            for slot in virtualSlots { candidates.append((slot, .nan)) }
        } else {
            candidates = slots.indices.map { (Int32($0), .nan) }
        }

        var total = 0
        var best = Heap<Candidate>()
        let keep = query.limit + 1
        let after = query.cursor?.key
        let slowChecks = masks.checksDates || masks.accreditedProviders != nil || !terms.isEmpty
        let fast = masks.packed
        var counters = [Int](repeating: 0, count: FacetCounts.width)
        // The kept candidate with the largest key once `best` is full: most matches are compared
        // with this plain value and never touch the heap.
        var worst: SortKey?
        let columns = hot
        columns.attributes.withUnsafeBufferPointer { attributes in
        columns.idHigh.withUnsafeBufferPointer { idHigh in
        columns.idLow.withUnsafeBufferPointer { idLow in
        counters.withUnsafeMutableBufferPointer { counters in
            for position in candidates.indices {
                let slot = Int(candidates[position].slot)
                let bits = attributes[slot]
                guard fast.passes(bits) else { continue }
                var score = 0
                if slowChecks {
                    guard masks.passesSlow(slots[slot], today: today) else { continue }
                    if !terms.isEmpty {
                        guard let matched = slots[slot].score(terms) else { continue }
                        score = matched
                    }
                }
                let failed = fast.failedFacets(bits)
                FacetCounts.count(bits, failed: failed, into: counters)
                guard failed == 0 else { continue }
                total += 1
                let chordSquared = candidates[position].chordSquared
                let group: UInt8 = position < placeCount ? 0 : (hasNear ? 1 : 0)
                let primary: Double = switch sort {
                case .distance: group == 0 ? chordSquared : Double(columns.soonestDay(slot, today: day))
                case .soonest: Double(columns.soonestDay(slot, today: day))
                case .newest: -columns.created[slot]
                case .relevance: -Double(score)
                }
                let key = SortKey(group: sort == .distance ? group : 0, primary: primary, idHigh: idHigh[slot], idLow: idLow[slot])
                if let after, !(after < key) { continue }
                if let current = worst, !(key < current) { continue }
                let candidate = Candidate(key: key, slot: Int32(slot), chordSquared: chordSquared)
                if best.count < keep {
                    best.insert(candidate)
                } else {
                    best.replaceMax(with: candidate)
                }
                if best.count == keep { worst = best.max!.key }
            }
        }
        }
        }
        }
        let facetCounts = FacetCounts(counters)

        var ordered: [Candidate] = []
        ordered.reserveCapacity(best.count)
        while let smallest = best.popMin() { ordered.append(smallest) }
        let hasMore = ordered.count > query.limit
        let page = ordered.prefix(query.limit)
        let hits = page.map { candidate in
            let entry = slots[Int(candidate.slot)].entry
            return Hit(entry: entry, provider: providers[entry.providerId],
                       distanceKm: candidate.chordSquared.isNaN ? nil : UnitVector.kilometres(chordSquared: candidate.chordSquared))
        }
        return Result(hits: hits, total: total, facets: facetCounts.facets,
                      nextCursor: hasMore ? page.last.map { Cursor(sort: sort, key: $0.key) } : nil)
    }
}

/// The per-listing numbers the search loop reads, as flat arrays indexed by slot.
struct HotColumns: Sendable {
    var attributes: [UInt64] = []
    var idHigh: [UInt64] = []
    var idLow: [UInt64] = []
    var created: [Double] = []
    /// Hosting ranges of all listings, slot after slot; `rangeStart[slot]..<rangeStart[slot + 1]`.
    var rangeStart: [Int32] = [0]
    var rangeFrom: [Int32] = []
    var rangeTo: [Int32] = []

    init() {}

    init(_ slots: [PreparedEntry]) {
        attributes = slots.map(\.attributes)
        idHigh = slots.map(\.idHigh)
        idLow = slots.map(\.idLow)
        created = slots.map { $0.entry.createdAt.timeIntervalSince1970 }
        for slot in slots {
            for range in slot.ranges {
                rangeFrom.append(range.start)
                rangeTo.append(range.end)
            }
            rangeStart.append(Int32(rangeFrom.count))
        }
    }

    /// The next day the listing runs or can host, from today; far in the future when it is over.
    @inline(__always)
    func soonestDay(_ slot: Int, today: Int32) -> Int32 {
        for index in Int(rangeStart[slot])..<Int(rangeStart[slot + 1]) where rangeTo[index] >= today {
            return max(rangeFrom[index], today)
        }
        return .max
    }
}

private struct Candidate: Comparable {
    let key: SortKey
    let slot: Int32
    let chordSquared: Double

    static func < (a: Candidate, b: Candidate) -> Bool { a.key < b.key }
    static func == (a: Candidate, b: Candidate) -> Bool { a.key == b.key }
}
