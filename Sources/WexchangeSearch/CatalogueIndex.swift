import Collections
import Foundation
import Synchronization
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
    /// Each word's listings, for word search (rebuilt with the slots).
    private var wordIndex = WordIndex()

    // Derived on every change, in id order so that results never depend on insertion order.
    private(set) var slots: [PreparedEntry] = []
    private var slotOfId: [UUID: Int] = [:]
    private(set) var spatial = SpatialIndex(points: [])
    private var virtualSlots: [Int32] = []
    /// The same as a bitmap over slots, to visit only the virtual listings with a query's words.
    private var virtualMask: [UInt64] = []
    /// What searches may show, per day (listings ended or closed to applications are hidden),
    /// with and without closed ones: O(listings) once a day, not per search.
    private var visibilities = KeptForTheDay<Bool, Visibility>(limit: 2)
    /// The answers to the home page and the catalogue browsed page by page (`browsingKey`).
    private var browsing = KeptForTheDay<[String], Result>(limit: 64)
    /// Hot per-slot data in flat arrays, so the search loop touches no reference-counted values.
    private(set) var hot = HotColumns()
    /// The same bits as bitmaps, for counting runs of slots 64 at a time.
    private(set) var bitmaps = FacetBitmaps()

    /// The spatial grid's cell size: about 2.2 km by 1.3 km across England. Cells wholly inside a
    /// search circle are counted in bulk, the rest listing by listing, so finer cells leave less
    /// of the circle to check one by one; each grid row costs a few binary searches.
    static let gridDegrees = 0.02

    /// Which index this is: a new number for every index made by `applying(_:)`, so what is
    /// kept per index (a page for signed-out readers) knows when to start again.
    public private(set) var generation: UInt64 = 0
    private static let generations = Atomic<UInt64>(0)

    public init() {}

    public var count: Int { slots.count }

    public func entry(id: UUID) -> CatalogueEntry? { prepared[id]?.entry }

    /// A batch of changes: listings to add or replace, listing ids to drop, providers to add or replace.
    public struct Changes: Sendable {
        public var upserts: [CatalogueEntry]
        /// More upserts, already split into words.
        public var tokenised: [TokenisedListings]
        public var removals: [UUID]
        public var providers: [CatalogueProvider]

        public init(
            upserts: [CatalogueEntry] = [], tokenised: [TokenisedListings] = [], removals: [UUID] = [],
            providers: [CatalogueProvider] = []
        ) {
            self.upserts = upserts
            self.tokenised = tokenised
            self.removals = removals
            self.providers = providers
        }

        public var upsertCount: Int { upserts.count + tokenised.reduce(0) { $0 + $1.count } }
        public var isEmpty: Bool { upserts.isEmpty && tokenised.isEmpty && removals.isEmpty && providers.isEmpty }
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
        var entries = changes.upserts
        if !renamed.isEmpty && !next.prepared.isEmpty {
            // Listings whose provider was renamed are found by its new name, so their words change.
            let upserted = Set(entries.map(\.id) + changes.tokenised.flatMap { $0.entries.map(\.id) })
            entries += next.prepared.values.filter { renamed.contains($0.entry.providerId) && !upserted.contains($0.entry.id) }.map(\.entry)
        }
        var current: [TokenisedListings] = []
        for batch in changes.tokenised {
            // Tokenised under a provider name that has since changed: split into words again.
            if batch.isCurrent(with: next.providers) { current.append(batch) } else { entries += batch.entries }
        }
        let merged = ListingTokens.merge(current.map { ($0.part, $0.entries[...]) }, into: &next.vocabulary)
        next.prepared.reserveCapacity(next.prepared.count + merged.count + entries.count)
        for item in merged { next.prepared[item.entry.id] = item }
        for item in ListingTokens.prepare(entries, providers: next.providers, into: &next.vocabulary) {
            next.prepared[item.entry.id] = item
        }
        next.rebuildSlots()
        return next
    }

    private mutating func rebuildSlots() {
        // Slots in spatial-cell order (virtual listings last), ties by id: a radius query then
        // reads the per-slot columns sequentially instead of jumping around memory.
        func cell(_ item: PreparedEntry) -> Int64 {
            guard item.entry.details.mode.hasPlace, let coordinate = item.entry.details.location?.coordinate else { return .max }
            return SpatialIndex.cellKey(coordinate, cellDegrees: Self.gridDegrees)
        }
        slots = prepared.values.map { (cell: cell($0), item: $0) }.sorted { a, b in
            a.cell != b.cell ? a.cell < b.cell : (a.item.idHigh, a.item.idLow) < (b.item.idHigh, b.item.idLow)
        }.map(\.item)
        slotOfId = Dictionary(uniqueKeysWithValues: slots.enumerated().map { ($1.entry.id, $0) })
        spatial = SpatialIndex(
            points: slots.map { $0.entry.details.mode.hasPlace ? $0.entry.details.location?.coordinate : nil },
            cellDegrees: Self.gridDegrees)
        virtualSlots = slots.indices.filter { !slots[$0].entry.details.mode.hasPlace }.map { Int32($0) }
        virtualMask = [UInt64](repeating: 0, count: (slots.count + 63) >> 6)
        for slot in virtualSlots { virtualMask[Int(slot) >> 6] |= 1 << UInt64(slot & 63) }
        hot = HotColumns(slots)
        bitmaps = FacetBitmaps(attributes: hot.attributes)
        wordIndex = WordIndex(slots: slots, vocabulary: vocabulary, sorted: wordIndex)
        // The search reads the grid's inside runs as slot ranges (see `forEachRun`).
        assert(spatial.positionsAreIndices)
        visibilities = KeptForTheDay(limit: 2)
        browsing = KeptForTheDay(limit: 64)
        generation = Self.generations.add(1, ordering: .relaxed).newValue
    }

    // MARK: - Searching

    public struct Hit: Sendable {
        /// Held by reference: copying the listing itself for every hit was 3% of a search request.
        let prepared: PreparedEntry
        public let provider: CatalogueProvider?
        /// Great-circle km from `near`, for in-person and hybrid listings when `near` was given.
        public let distanceKm: Double?

        public var entry: CatalogueEntry { prepared.entry }
        public var id: UUID { prepared.entry.id }
        /// Whether what the listing itself shows may have changed since (not its provider).
        public var version: CatalogueEntry.Version { prepared.entry.version }
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
        guard let key = query.browsingKey else { return search(query, today: today, inBulk: true) }
        return browsing.value(on: today.dayNumber, for: key) { search(query, today: today, inBulk: true) }
    }

    /// `inBulk: false` visits every listing one by one; tests compare the two ways.
    func search(_ query: OpportunityQuery, today: CalendarDate, inBulk: Bool) -> Result {
        let masks = QueryMasks(query, today: today, providers: providers)
        let terms = TextSearch.queryTerms(query.text)
        let day = Int32(today.dayNumber)
        let visible = visibilities.value(on: today.dayNumber, for: query.includeClosed) {
            Visibility(hot: hot, virtualSlots: virtualSlots, day: day, includeClosed: query.includeClosed)
        }
        var run = SearchRun(
            index: self, sort: query.sort, masks: masks, visible: visible.mask, today: today, limit: query.offset + query.limit,
            after: query.cursor?.key,
            words: terms.isEmpty ? nil : WordMatches(terms: terms, index: wordIndex, vocabulary: vocabulary, slotCount: slots.count))
        let bulk = inBulk && run.canCountByBits

        if let center = query.near?.coordinate {
            // In-person and hybrid listings within the radius: group 0. Runs of slots whose grid
            // cells lie wholly inside the circle are counted in bulk when only bit filters apply.
            let centerVector = UnitVector(center)
            spatial.forEachRun(
                within: query.withinKm, of: center,
                inside: { slots, nearest in
                    if bulk {
                        run.countAndOffer(slots, group: 0, center: centerVector, nearest: nearest)
                    } else {
                        for slot in slots {
                            run.consider(slot, group: 0, chordSquared: spatial.chordSquared(at: slot, to: centerVector), countFacets: true)
                        }
                    }
                },
                boundary: { slot, c2 in
                    run.consider(slot, group: 0, chordSquared: c2, countFacets: true)
                })
            // Virtual listings: group 1. Count them by groups of identical bits when only bit
            // filters apply, and visit them one by one only when they can still reach the page.
            let byGroups = run.countsVirtualByGroups
            if byGroups {
                for group in visible.virtualGroups { run.count(bits: group.bits, times: group.count) }
            }
            if let words = run.words {
                // Only the virtual listings with every word.
                let first = Int(virtualSlots.first ?? Int32(slots.count)) >> 6
                for wordIndex in first..<virtualMask.count {
                    var bits = virtualMask[wordIndex] & words.mask[wordIndex] & visible.mask[wordIndex]
                    while bits != 0 {
                        run.consider(wordIndex << 6 + bits.trailingZeroBitCount, group: 1, chordSquared: .nan, countFacets: true)
                        bits &= bits - 1
                    }
                }
            } else if !byGroups || run.virtualCanReachPage {
                for slot in virtualSlots {
                    run.consider(Int(slot), group: 1, chordSquared: .nan, countFacets: !byGroups, countTotal: !byGroups)
                }
            }
        } else if bulk {
            run.countAndOffer(slots.indices, group: 0, center: nil, nearest: 0)
        } else if let words = run.words {
            // Only the listings with every word are visited.
            for (wordIndex, var bits) in words.mask.enumerated() {
                while bits != 0 {
                    run.consider(wordIndex << 6 + bits.trailingZeroBitCount, group: 0, chordSquared: .nan, countFacets: true)
                    bits &= bits - 1
                }
            }
        } else {
            for slot in slots.indices { run.consider(slot, group: 0, chordSquared: .nan, countFacets: true) }
        }
        return run.result(query: query)
    }
}
