import Foundation
import WexchangeCore
import WexchangeGeo

/// A listing with its filterable facts packed into one 64-bit word:
/// bits 0–3 type, 4–5 mode, 6–9 sector, 10–11 stage, 12–18 years 7–13, 19 has places,
/// 20–27 skills, 28–33 SEND adjustments, 34–59 subjects.
final class PreparedEntry: Sendable {
    let entry: CatalogueEntry
    let attributes: UInt64
    let idHigh: UInt64
    let idLow: UInt64
    /// The days it runs or can host, earliest first, as day numbers.
    let ranges: [(start: Int32, end: Int32)]
    let firstDay: Int32
    let lastDay: Int32
    /// Interned words (ascending) and the best field each was found in.
    let tokenIds: [UInt32]
    let tokenFields: [UInt8]

    init(entry: CatalogueEntry, tokenIds: [UInt32], tokenFields: [UInt8]) {
        self.entry = entry
        let details = entry.details
        var bits =
            UInt64(details.type.ordinal) | UInt64(details.mode.ordinal) << 4
            | UInt64(details.sector.ordinal) << 6 | UInt64(details.stage.ordinal) << 10
        for year in details.years { bits |= 1 << UInt64(12 + year - YearGroup.range.lowerBound) }
        if entry.placesLeft > 0 { bits |= 1 << 19 }
        bits |= TaxonomySet(details.skills).bits << 20
        bits |= TaxonomySet(details.sendAdjustments).bits << 28
        bits |= TaxonomySet(details.subjects).bits << 34
        attributes = bits
        let key = SortKey(group: 0, primary: 0, id: entry.id)
        idHigh = key.idHigh
        idLow = key.idLow
        ranges = details.schedule.hostingRanges.map { (Int32($0.start.dayNumber), Int32($0.end.dayNumber)) }
        firstDay = ranges.map(\.start).min() ?? .max
        lastDay = ranges.map(\.end).max() ?? .min
        self.tokenIds = tokenIds
        self.tokenFields = tokenFields
    }

    func runs(from: Int32, to: Int32) -> Bool {
        guard firstDay <= to, lastDay >= from else { return false }
        return ranges.contains { $0.start <= to && $0.end >= from }
    }

}

/// A query's filters as masks over `PreparedEntry.attributes`.
struct QueryMasks {
    let types: UInt64, modes: UInt64, sectors: UInt64, stages: UInt64
    let years: UInt64, skills: UInt64, send: UInt64, subjects: UInt64
    let hasPlaces: Bool
    let from: Int32, to: Int32
    let checksDates: Bool
    let accreditedProviders: Set<UUID>?
    let ratedProviders: Set<UUID>?

    init(_ query: OpportunityQuery, today: CalendarDate, providers: [UUID: CatalogueProvider]) {
        types = TaxonomySet(query.types).bits
        modes = TaxonomySet(query.modes).bits
        sectors = TaxonomySet(query.sectors).bits
        stages = TaxonomySet(query.stages).bits
        years = query.years.reduce(0) { $0 | 1 << UInt64($1 - YearGroup.range.lowerBound) }
        skills = TaxonomySet(query.skills).bits
        send = TaxonomySet(query.sendAdjustments).bits
        subjects = TaxonomySet(query.subjects).bits
        hasPlaces = query.hasPlacesOnly
        from = Int32(query.from?.dayNumber ?? Int(Int32.min))
        to = Int32(query.to?.dayNumber ?? Int(Int32.max))
        checksDates = query.from != nil || query.to != nil
        accreditedProviders =
            query.accreditedOnly
            ? Set(providers.values.filter { !$0.currentBadges(on: today).isEmpty }.map(\.id)) : nil
        ratedProviders = query.minRating.map { minimum in
            Set(providers.values.filter { ($0.rating?.average ?? 0) >= minimum }.map(\.id))
        }
    }

    var packed: PackedMasks {
        PackedMasks(
            types: types, modes: modes, sectors: sectors, stages: stages, years: years, skills: skills, send: send,
            subjects: subjects, hasPlaces: hasPlaces)
    }

    /// The filters that need the listing itself (dates, provider badges).
    func passesSlow(_ item: PreparedEntry, today: CalendarDate) -> Bool {
        if checksDates, !item.runs(from: from, to: to) { return false }
        if let accreditedProviders, !accreditedProviders.contains(item.entry.providerId) { return false }
        if let ratedProviders, !ratedProviders.contains(item.entry.providerId) { return false }
        return true
    }

}

/// Facet counts ignore each facet's own filter: a listing rejected by exactly one facet filter
/// still counts in that facet, so a person sees what choosing another value there would give.
/// Counters live in one flat buffer: types 0–15, modes 16–19, sectors 20–35, stages 36–39.
struct FacetCounts {
    static let width = 40
    let counters: [Int]

    init(_ counters: [Int]) { self.counters = counters }

    /// The bits of `PreparedEntry.attributes` that `positions` reads: type, mode, sector, stage.
    static let facetBits: UInt64 = 0xFFF

    /// The counters of the facet values a listing's packed bits hold (see `PreparedEntry.attributes`).
    @inline(__always)
    static func positions(_ bits: UInt64) -> (type: Int, mode: Int, sector: Int, stage: Int) {
        (Int(bits & 0xF), 16 + Int((bits >> 4) & 0x3), 20 + Int((bits >> 6) & 0xF), 36 + Int((bits >> 10) & 0x3))
    }

    @inline(__always)
    static func count(_ bits: UInt64, failed: UInt8, times: Int, into counters: UnsafeMutableBufferPointer<Int>) {
        let at = positions(bits)
        if failed & ~1 == 0 { counters[at.type] += times }
        if failed & ~2 == 0 { counters[at.mode] += times }
        if failed & ~4 == 0 { counters[at.sector] += times }
        if failed & ~8 == 0 { counters[at.stage] += times }
    }

    var facets: CatalogueIndex.Facets {
        func dictionary<T: Taxonomy>(_ offset: Int) -> [T: Int] {
            Dictionary(uniqueKeysWithValues: T.allCases.map { ($0, counters[offset + $0.ordinal]) })
        }
        return .init(types: dictionary(0), modes: dictionary(16), sectors: dictionary(20), stages: dictionary(36))
    }
}

/// The bit-mask filters only, as plain numbers: a trivially copyable value for the hot loop.
struct PackedMasks {
    let types: UInt64, modes: UInt64, sectors: UInt64, stages: UInt64
    let years: UInt64, skills: UInt64, send: UInt64, subjects: UInt64
    let hasPlaces: Bool

    /// The filters that are not facets and read only the packed bits.
    @inline(__always)
    func passes(_ bits: UInt64) -> Bool {
        if years != 0, (bits >> 12) & 0x7F & years == 0 { return false }
        if hasPlaces, bits & (1 << 19) == 0 { return false }
        if skills != 0, (bits >> 20) & 0xFF & skills == 0 { return false }
        if send != 0, (bits >> 28) & 0x3F & send != send { return false }
        if subjects != 0, (bits >> 34) & subjects == 0 { return false }
        return true
    }

    /// Bit 0 type, 1 mode, 2 sector, 3 stage: set when that facet's filter rejects the listing.
    @inline(__always)
    func failedFacets(_ bits: UInt64) -> UInt8 {
        var failed: UInt8 = 0
        if types != 0, types & (1 << (bits & 0xF)) == 0 { failed |= 1 }
        if modes != 0, modes & (1 << ((bits >> 4) & 0x3)) == 0 { failed |= 2 }
        if sectors != 0, sectors & (1 << ((bits >> 6) & 0xF)) == 0 { failed |= 4 }
        if stages != 0, stages & (1 << ((bits >> 10) & 0x3)) == 0 { failed |= 8 }
        return failed
    }
}
