import WexchangeCore

/// Which slots a search may show on a given day, as a bitmap over slots (64 a word): listings
/// whose last session or week has not ended and, unless closed ones are asked for, whose "apply
/// by" date has not passed (`OpportunityDetails.hasEnded`, `isClosedForApplications`). The
/// virtual listings among them are also counted by their low bits, for counting in bulk.
struct Visibility: Sendable {
    let mask: [UInt64]
    let virtualGroups: [(bits: UInt64, count: Int)]

    init(hot: HotColumns, virtualSlots: [Int32], day: Int32, includeClosed: Bool) {
        let count = hot.attributes.count
        var mask = [UInt64](repeating: 0, count: (count + 63) >> 6)
        for slot in 0..<count where hot.lastDay[slot] >= day && (includeClosed || hot.deadline[slot] >= day) {
            mask[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        var groups: [UInt64: Int] = [:]
        for slot in virtualSlots.map(Int.init) where mask[slot >> 6] & (1 << UInt64(slot & 63)) != 0 {
            groups[hot.attributes[slot] & 0xFFFFF, default: 0] += 1
        }
        self.mask = mask
        self.virtualGroups = groups.map { (bits: $0.key, count: $0.value) }.sorted { $0.bits < $1.bits }
    }
}
