import Collections
import Foundation
import WexchangeCore
import WexchangeGeo

/// One search's running state: the best candidates so far, facet counters and the total.
struct SearchRun {
    let index: CatalogueIndex
    let sort: OpportunityQuery.Sort
    let masks: QueryMasks
    let fast: PackedMasks
    /// The slots this day's search may show (`Visibility`).
    let visible: [UInt64]
    let day: Int32
    let today: CalendarDate
    let keep: Int
    let after: SortKey?
    /// The query's words, when it has any: which listings have them all, and their relevance.
    let words: WordMatches?
    let slowChecks: Bool
    var best = Heap<Candidate>()
    /// The largest kept key once `best` is full: most matches compare with it and stop.
    var worst: SortKey?
    /// Facet counters, by reference: the bulk count adds to them while calling `offer`.
    let counters = FacetTally()
    var total = 0

    init(
        index: CatalogueIndex, sort: OpportunityQuery.Sort, masks: QueryMasks, visible: [UInt64], today: CalendarDate,
        limit: Int, after: SortKey?, words: WordMatches?
    ) {
        self.index = index
        self.sort = sort
        self.masks = masks
        self.visible = visible
        self.fast = masks.packed
        self.today = today
        self.day = Int32(today.dayNumber)
        self.keep = limit + 1
        self.after = after
        self.words = words
        self.slowChecks = masks.checksDates || masks.accreditedProviders != nil || masks.ratedProviders != nil
    }

    /// Whether runs of listings can be counted from their bits alone, 64 at a time (no dates or
    /// badges, no filters on the bits the bitmaps do not keep); words are a bitmap of their own.
    var canCountByBits: Bool { !slowChecks && fast.skills == 0 && fast.send == 0 && fast.subjects == 0 }

    /// Whether virtual listings can be counted by groups of identical bits (words are per listing).
    var countsVirtualByGroups: Bool { canCountByBits && words == nil }

    /// Whether a group-1 (virtual) listing could still be on the page: with distance sort they
    /// come after every in-radius listing, so not once the page is full of those.
    var virtualCanReachPage: Bool {
        sort != .distance || best.count < keep || (after.map { $0.group == 1 } ?? false)
    }

    mutating func count(bits: UInt64, times: Int) {
        guard fast.passes(bits) else { return }
        let failed = fast.failedFacets(bits)
        FacetCounts.count(bits, failed: failed, times: times, into: counters.counts)
        if failed == 0 { total += times }
    }

    @inline(__always)
    mutating func consider(_ slot: Int, group: UInt8, chordSquared: Double, countFacets: Bool, countTotal: Bool = true) {
        let bits = index.hot.attributes[slot]
        guard fast.passes(bits), visible[slot >> 6] & (1 << UInt64(slot & 63)) != 0 else { return }
        var score = 0
        if let words {
            guard words.contains(slot) else { return }
            score = words.score(slot)
        }
        if slowChecks { guard masks.passesSlow(index.slots[slot], today: today) else { return } }
        let failed = fast.failedFacets(bits)
        if countFacets { FacetCounts.count(bits, failed: failed, times: 1, into: counters.counts) }
        guard failed == 0 else { return }
        if countTotal { total += 1 }
        offer(slot, group: group, chordSquared: chordSquared, score: score)
    }

    /// Counts every slot of `slots` in bulk, 64 at a time (see `FacetBitmaps`), and offers the
    /// matching ones to the page. For runs known to be within the radius (or without one), and
    /// only when `canCountByBits`. `center` gives the distances when searching near a place, and
    /// `nearest` a lower bound on the slots' squared chords: when the page is already full of
    /// nearer listings, the slots are only counted.
    mutating func countAndOffer(_ slots: Range<Int>, group: UInt8, center: UnitVector?, nearest: Double) {
        guard !slots.isEmpty else { return }
        let mayReachPage = !(sort == .distance && center != nil && worst.map { $0.group == group && $0.primary < nearest } == true)
        let rows = FacetBitmaps.rows
        let fast = self.fast
        /// The union of the rows of the values a filter allows; every slot when it has none.
        @inline(__always) func allowed(_ mask: UInt64, row: Int, _ word: UnsafePointer<UInt64>) -> UInt64 {
            guard mask != 0 else { return ~0 }
            var union: UInt64 = 0, rest = mask
            while rest != 0 {
                union |= word[row + rest.trailingZeroBitCount]
                rest &= rest - 1
            }
            return union
        }
        // Local copies: the loop below calls `offer`, which needs `self` to itself.
        let bitmaps = index.bitmaps.words, spatial = index.spatial, facets = index.hot.facets
        let counters = self.counters.counts
        let matches = self.words
        let visible = self.visible
        var matched = 0
        defer { total += matched }
        /// Counts `base`'s slots by the facet rows of their word, 64 at a time (see `FacetCounts`:
        /// each facet counts the slots that pass every other filter); gives those passing all.
        func countByRows(_ base: UInt64, _ word: UnsafePointer<UInt64>) -> UInt64 {
            let types = allowed(fast.types, row: FacetBitmaps.typeRow, word)
            let modes = allowed(fast.modes, row: FacetBitmaps.modeRow, word)
            let sectors = allowed(fast.sectors, row: FacetBitmaps.sectorRow, word)
            let stages = allowed(fast.stages, row: FacetBitmaps.stageRow, word)
            func count(_ passing: UInt64, row: Int, values: Int) {
                guard passing != 0 else { return }
                for value in row..<(row + values) { counters[value] += (passing & word[value]).nonzeroBitCount }
            }
            count(base & modes & sectors & stages, row: FacetBitmaps.typeRow, values: FacetBitmaps.typeCount)
            count(base & types & sectors & stages, row: FacetBitmaps.modeRow, values: FacetBitmaps.modeCount)
            count(base & types & modes & stages, row: FacetBitmaps.sectorRow, values: FacetBitmaps.sectorCount)
            count(base & types & modes & sectors, row: FacetBitmaps.stageRow, values: FacetBitmaps.stageCount)
            return base & types & modes & sectors & stages
        }
        /// The same for a few slots (words make most runs sparse): each counted from its packed
        /// facet bits, a handful of additions instead of the forty rows.
        func countOneByOne(_ base: UInt64, first: Int) -> UInt64 {
            var matching: UInt64 = 0, rest = base
            while rest != 0 {
                let bit = rest & (0 &- rest)
                let bits = UInt64(facets[first + rest.trailingZeroBitCount])
                rest &= rest - 1
                let failed = fast.failedFacets(bits)
                FacetCounts.count(bits, failed: failed, times: 1, into: counters)
                if failed == 0 { matching |= bit }
            }
            return matching
        }
        bitmaps.withUnsafeBufferPointer { words in
            for wordIndex in (slots.lowerBound >> 6)...((slots.upperBound - 1) >> 6) {
                let first = wordIndex << 6
                var inRun: UInt64 = ~0
                if slots.lowerBound > first { inRun &= ~0 << UInt64(slots.lowerBound - first) }
                if slots.upperBound < first + 64 { inRun &= ~(~0 << UInt64(slots.upperBound - first)) }
                inRun &= visible[wordIndex]
                if let matches { inRun &= matches.mask[wordIndex] }
                let word = words.baseAddress! + wordIndex * rows
                var base = inRun & allowed(fast.years, row: FacetBitmaps.yearRow, word)
                if fast.hasPlaces { base &= word[FacetBitmaps.hasPlacesRow] }
                guard base != 0 else { continue }
                var matching = base.nonzeroBitCount <= Self.fewSlots ? countOneByOne(base, first: first) : countByRows(base, word)
                matched += matching.nonzeroBitCount
                while mayReachPage, matching != 0 {
                    let slot = first + matching.trailingZeroBitCount
                    matching &= matching - 1
                    let score = matches?.score(slot) ?? 0
                    // Relevance ties are many (a word in many titles): most stop here, before `offer`.
                    if sort == .relevance, losesToWorst(slot, group: 0, primary: -Double(score)) { continue }
                    offer(
                        slot, group: group, chordSquared: center.map { spatial.chordSquared(at: slot, to: $0) } ?? .nan,
                        score: score)
                }
            }
        }
    }

    /// Below this many matching slots in a word of 64, counting slot by slot beats the bitmaps.
    static let fewSlots = 8

    /// Whether a match cannot enter the full page on its group and primary key alone: it sorts
    /// after the page's worst, or ties with it and its id's top bits come later (most ties stop
    /// there, without reading the whole id).
    @inline(__always)
    func losesToWorst(_ slot: Int, group: UInt8, primary: Double) -> Bool {
        guard after == nil, let worst else { return false }
        if group != worst.group { return group > worst.group }
        if primary != worst.primary { return primary > worst.primary }
        return index.hot.idTop[slot] > HotColumns.idTop(worst.idHigh)
    }

    /// Keeps a matching slot if it belongs among the best `keep` so far (and after the cursor).
    @inline(__always)
    mutating func offer(_ slot: Int, group: UInt8, chordSquared: Double, score: Int) {
        let primary: Double =
            switch sort {
            case .distance: group == 0 ? chordSquared : Double(index.hot.soonestDay(slot, today: day))
            case .soonest: Double(index.hot.soonestDay(slot, today: day))
            case .newest: -index.hot.created[slot]
            case .relevance: -Double(score)
            }
        let group = sort == .distance ? group : 0
        // Most matches of a broad search lose to the page's worst on their first two parts alone.
        if losesToWorst(slot, group: group, primary: primary) { return }
        let key = SortKey(group: group, primary: primary, idHigh: index.hot.idHigh[slot], idLow: index.hot.idLow[slot])
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
        let hasMore = ordered.count > query.offset + query.limit
        let page = ordered.dropFirst(query.offset).prefix(query.limit)
        let hits = page.map { candidate in
            let prepared = index.slots[Int(candidate.slot)]
            return CatalogueIndex.Hit(
                prepared: prepared, provider: index.providers[prepared.entry.providerId],
                distanceKm: candidate.chordSquared.isNaN ? nil : UnitVector.kilometres(chordSquared: candidate.chordSquared))
        }
        return CatalogueIndex.Result(
            hits: hits, total: total, facets: FacetCounts(Array(counters.counts)).facets,
            nextCursor: hasMore ? page.last.map { Cursor(sort: sort, key: $0.key) } : nil)
    }
}

/// The per-listing numbers the search loop reads, as flat arrays indexed by slot.
struct HotColumns: Sendable {
    var attributes: [UInt64] = []
    /// The facet part of `attributes` (type, mode, sector, stage) and the top 16 bits of
    /// `idHigh`: a quarter of the memory, so a word search's scattered reads stay in cache.
    var facets: [UInt16] = []
    var idTop: [UInt16] = []
    var idHigh: [UInt64] = []
    var idLow: [UInt64] = []
    var created: [Double] = []
    /// Hosting ranges of all listings, slot after slot; `rangeStart[slot]..<rangeStart[slot + 1]`.
    var rangeStart: [Int32] = [0]
    var rangeFrom: [Int32] = []
    var rangeTo: [Int32] = []
    /// The last day each listing runs or can host, and its "apply by" day (far ahead when none).
    var lastDay: [Int32] = []
    var deadline: [Int32] = []

    init() {}

    init(_ slots: [PreparedEntry]) {
        attributes = slots.map(\.attributes)
        facets = slots.map { UInt16(truncatingIfNeeded: $0.attributes & FacetCounts.facetBits) }
        idHigh = slots.map(\.idHigh)
        idTop = slots.map { Self.idTop($0.idHigh) }
        idLow = slots.map(\.idLow)
        created = slots.map { $0.entry.createdAt.timeIntervalSince1970 }
        lastDay = slots.map(\.lastDay)
        deadline = slots.map { $0.entry.details.applicationDeadline.map { Int32($0.dayNumber) } ?? .max }
        for slot in slots {
            for range in slot.ranges {
                rangeFrom.append(range.start)
                rangeTo.append(range.end)
            }
            rangeStart.append(Int32(rangeFrom.count))
        }
    }

    /// The first 16 bits of an id, as `idTop` keeps them.
    @inline(__always)
    static func idTop(_ idHigh: UInt64) -> UInt16 { UInt16(truncatingIfNeeded: idHigh >> 48) }

    /// The next day the listing runs or can host, from today; far in the future when it is over.
    @inline(__always)
    func soonestDay(_ slot: Int, today: Int32) -> Int32 {
        for index in Int(rangeStart[slot])..<Int(rangeStart[slot + 1]) where rangeTo[index] >= today {
            return max(rangeFrom[index], today)
        }
        return .max
    }
}

struct Candidate: Comparable {
    let key: SortKey
    let slot: Int32
    let chordSquared: Double

    static func < (a: Candidate, b: Candidate) -> Bool { a.key < b.key }
    static func == (a: Candidate, b: Candidate) -> Bool { a.key == b.key }
}

/// A search's facet counters in one buffer (see `FacetCounts` for the layout), allocated once
/// per search and shared by reference, so counting in bulk needs no temporary array.
final class FacetTally {
    let counts: UnsafeMutableBufferPointer<Int>

    init() {
        counts = .allocate(capacity: FacetCounts.width)
        counts.initialize(repeating: 0)
    }

    deinit { counts.deallocate() }
}
