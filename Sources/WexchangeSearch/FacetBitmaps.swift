import WexchangeCore

/// The packed facet bits of every slot turned sideways: one bitmap row per facet value, year and
/// "has places", one bit per slot, 64 slots a word. A run of slots that all lie inside a search
/// radius (or the whole catalogue, without `near`) is then filtered and counted 64 listings at a
/// time with AND and popcount, instead of listing by listing.
///
/// Rows use the same numbering as `FacetCounts`' counters: types 0–15, modes 16–19,
/// sectors 20–35, stages 36–39; then years 7–13 at 40–46 and "has places" at 47.
struct FacetBitmaps: Sendable {
    static let rows = 48
    static let typeRow = 0, modeRow = 16, sectorRow = 20, stageRow = 36, yearRow = 40, hasPlacesRow = 47
    static let typeCount = OpportunityType.allCases.count, modeCount = DeliveryMode.allCases.count
    static let sectorCount = Sector.allCases.count, stageCount = Stage.allCases.count

    /// `words[word * rows + row]`: a word's rows sit together, so a scan reads memory in order.
    let words: [UInt64]

    init(attributes: [UInt64] = []) {
        var words = [UInt64](repeating: 0, count: (attributes.count + 63) / 64 * Self.rows)
        for (slot, bits) in attributes.enumerated() {
            let base = (slot >> 6) * Self.rows, bit = UInt64(1) << UInt64(slot & 63)
            let facets = FacetCounts.positions(bits)
            words[base + facets.type] |= bit
            words[base + facets.mode] |= bit
            words[base + facets.sector] |= bit
            words[base + facets.stage] |= bit
            for year in 0..<7 where (bits >> UInt64(12 + year)) & 1 != 0 { words[base + Self.yearRow + year] |= bit }
            if bits & (1 << 19) != 0 { words[base + Self.hasPlacesRow] |= bit }
        }
        self.words = words
    }
}
