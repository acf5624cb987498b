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
    fileprivate private(set) var slots: [PreparedEntry] = []
    private var slotOfId: [UUID: Int] = [:]
    private var spatial = SpatialIndex(points: [])
    private var virtualSlots: [Int32] = []
    /// Virtual listings counted by their facet, year and places bits (the low 20 bits).
    private var virtualGroups: [(bits: UInt64, count: Int)] = []
    /// Hot per-slot data in flat arrays, so the search loop touches no reference-counted values.
    fileprivate private(set) var hot = HotColumns()

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
        // Slots in spatial-cell order (virtual listings last), ties by id: a radius query then
        // reads the per-slot columns sequentially instead of jumping around memory.
        func cell(_ item: PreparedEntry) -> Int64 {
            guard item.entry.details.mode.hasPlace, let coordinate = item.entry.details.location?.coordinate else { return .max }
            return SpatialIndex.cellKey(coordinate)
        }
        slots = prepared.values.map { (cell: cell($0), item: $0) }.sorted { a, b in
            a.cell != b.cell ? a.cell < b.cell : (a.item.idHigh, a.item.idLow) < (b.item.idHigh, b.item.idLow)
        }.map(\.item)
        slotOfId = Dictionary(uniqueKeysWithValues: slots.enumerated().map { ($1.entry.id, $0) })
        spatial = SpatialIndex(points: slots.map { $0.entry.details.mode.hasPlace ? $0.entry.details.location?.coordinate : nil })
        virtualSlots = slots.indices.filter { !slots[$0].entry.details.mode.hasPlace }.map { Int32($0) }
        hot = HotColumns(slots)
        var groups: [UInt64: Int] = [:]
        for slot in virtualSlots { groups[hot.attributes[Int(slot)] & 0xFFFFF, default: 0] += 1 }
        virtualGroups = groups.map { (bits: $0.key, count: $0.value) }.sorted { $0.bits < $1.bits }
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
        let masks = QueryMasks(query, today: today, providers: providers)
        var run = SearchRun(index: self, sort: query.sort, masks: masks, today: today, limit: query.limit,
                            after: query.cursor?.key, terms: query.text.isEmpty ? [] : TextSearch.queryTerms(query.text).map { vocabulary.matching($0) })

        if let center = query.near?.coordinate {
            // In-person and hybrid listings within the radius: group 0.
            spatial.forEach(within: query.withinKm, of: center) { slot, c2 in
                run.consider(slot, group: 0, chordSquared: c2, countFacets: true)
            }
            // Virtual listings: group 1. Count them by groups of identical bits when only bit
            // filters apply, and visit them one by one only when they can still reach the page.
            let countedByGroup = run.canCountByBits
            if countedByGroup {
                for group in virtualGroups { run.count(bits: group.bits, times: group.count) }
            }
            if !countedByGroup || run.virtualCanReachPage {
                for slot in virtualSlots {
                    run.consider(Int(slot), group: 1, chordSquared: .nan, countFacets: !countedByGroup, countTotal: !countedByGroup)
                }
            }
        } else {
            for slot in slots.indices { run.consider(slot, group: 0, chordSquared: .nan, countFacets: true) }
        }
        return run.result(query: query)
    }
}

/// One search's running state: the best candidates so far, facet counters and the total.
private struct SearchRun {
    let index: CatalogueIndex
    let sort: OpportunityQuery.Sort
    let masks: QueryMasks
    let fast: PackedMasks
    let day: Int32
    let today: CalendarDate
    let keep: Int
    let after: SortKey?
    let terms: [Set<UInt32>]
    let slowChecks: Bool
    var best = Heap<Candidate>()
    /// The largest kept key once `best` is full: most matches compare with it and stop.
    var worst: SortKey?
    var counters = [Int](repeating: 0, count: FacetCounts.width)
    var total = 0

    init(index: CatalogueIndex, sort: OpportunityQuery.Sort, masks: QueryMasks, today: CalendarDate, limit: Int,
         after: SortKey?, terms: [Set<UInt32>]) {
        self.index = index
        self.sort = sort
        self.masks = masks
        self.fast = masks.packed
        self.today = today
        self.day = Int32(today.dayNumber)
        self.keep = limit + 1
        self.after = after
        self.terms = terms
        self.slowChecks = masks.checksDates || masks.accreditedProviders != nil || masks.ratedProviders != nil || !terms.isEmpty
    }

    /// Whether listings can be counted from their packed bits alone (no dates, badges, words,
    /// and no filters on the bits that virtual groups do not keep).
    var canCountByBits: Bool { !slowChecks && fast.skills == 0 && fast.send == 0 && fast.subjects == 0 }

    /// Whether a group-1 (virtual) listing could still be on the page: with distance sort they
    /// come after every in-radius listing, so not once the page is full of those.
    var virtualCanReachPage: Bool {
        sort != .distance || best.count < keep || (after.map { $0.group == 1 } ?? false)
    }

    mutating func count(bits: UInt64, times: Int) {
        guard fast.passes(bits) else { return }
        let failed = fast.failedFacets(bits)
        counters.withUnsafeMutableBufferPointer { FacetCounts.count(bits, failed: failed, times: times, into: $0) }
        if failed == 0 { total += times }
    }

    @inline(__always)
    mutating func consider(_ slot: Int, group: UInt8, chordSquared: Double, countFacets: Bool, countTotal: Bool = true) {
        let bits = index.hot.attributes[slot]
        guard fast.passes(bits) else { return }
        var score = 0
        if slowChecks {
            guard masks.passesSlow(index.slots[slot], today: today) else { return }
            if !terms.isEmpty {
                guard let matched = index.slots[slot].score(terms) else { return }
                score = matched
            }
        }
        let failed = fast.failedFacets(bits)
        if countFacets { counters.withUnsafeMutableBufferPointer { FacetCounts.count(bits, failed: failed, times: 1, into: $0) } }
        guard failed == 0 else { return }
        if countTotal { total += 1 }
        let primary: Double = switch sort {
        case .distance: group == 0 ? chordSquared : Double(index.hot.soonestDay(slot, today: day))
        case .soonest: Double(index.hot.soonestDay(slot, today: day))
        case .newest: -index.hot.created[slot]
        case .relevance: -Double(score)
        }
        let key = SortKey(group: sort == .distance ? group : 0, primary: primary, idHigh: index.hot.idHigh[slot], idLow: index.hot.idLow[slot])
        if let after, !(after < key) { return }
        if let worst, !(key < worst) { return }
        let candidate = Candidate(key: key, slot: Int32(slot), chordSquared: chordSquared)
        if best.count < keep { best.insert(candidate) } else { best.replaceMax(with: candidate) }
        if best.count == keep { worst = best.max!.key }
    }

    mutating func result(query: OpportunityQuery) -> CatalogueIndex.Result {
        var ordered: [Candidate] = []
        ordered.reserveCapacity(best.count)
        while let smallest = best.popMin() { ordered.append(smallest) }
        let hasMore = ordered.count > query.limit
        let page = ordered.prefix(query.limit)
        let hits = page.map { candidate in
            let entry = index.slots[Int(candidate.slot)].entry
            return CatalogueIndex.Hit(entry: entry, provider: index.providers[entry.providerId],
                                      distanceKm: candidate.chordSquared.isNaN ? nil : UnitVector.kilometres(chordSquared: candidate.chordSquared))
        }
        return CatalogueIndex.Result(hits: hits, total: total, facets: FacetCounts(counters).facets,
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
