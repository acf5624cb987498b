import Foundation
import WexchangeGeo

/// What clearing did, for the statistics.
public struct ClearingReport: Sendable, Hashable {
    /// Students clearing considered (all those phase 1 left unplaced).
    public var students: Int
    public var placed: Int
    /// Total great-circle distance of the clearing placements, in km.
    public var totalKm: Double
    /// Candidate (student, place) pairs the solver worked on.
    public var candidatePairs: Int
    /// Eligible pairs the optimality certificate checked beyond the candidates' own.
    public var certifiedPairs: Int
    /// Solves needed: 1 unless the certificate found a missing pair that mattered.
    public var rounds: Int
}

/// Phase 2: the students phase 1 left unplaced, and the places left over, as columns of a
/// min-cost assignment. In-person opportunities are one column each (capacity: places left);
/// virtual ones, all 0 km from everyone, are pooled by the year groups they accept, so a student
/// has one arc per pool instead of one per virtual opportunity.
struct ClearingProblem {
    /// Candidates per student to start from: the nearest eligible in-person places.
    let nearestCandidates: Int

    let prepared: PreparedInstance
    /// Student index per row, in the order rows are added (priority order of the round).
    let rows: [Int32]
    let columnCapacity: [Int32]
    /// Opportunity index of an in-person column; -1 for a pool.
    let columnOpportunity: [Int32]
    let columnYearMask: [UInt16]
    /// Virtual opportunities of each pool column (index - inPersonColumns), by index.
    let poolMembers: [[Int32]]
    let inPersonColumns: Int
    let columnIndex: SpatialIndex

    init(prepared: PreparedInstance, phase1: DeferredAcceptance, roundPriority: [PriorityCriterion], nearestCandidates: Int) {
        self.prepared = prepared
        self.nearestCandidates = nearestCandidates
        // Rows in the round's priority order: only ties between equally good solutions depend on it.
        let defaultBits = (0..<16).map { situation -> UInt64 in
            roundPriority.reduce(0) { bits, criterion in
                let met =
                    switch criterion {
                    case .disadvantaged: situation & 1 != 0
                    case .send: situation & 2 != 0
                    case .noPrior: situation & 4 != 0
                    case .local: false
                    }
                return bits << 1 | (met ? 0 : 1)
            }
        }
        let unplaced = (0..<prepared.studentCount).filter { phase1.assigned[$0] < 0 }
        rows = unplaced.map { s in
            (defaultBits[Int(prepared.studentFlags[s])] << PreparedInstance.lotteryBits | UInt64(prepared.lotteryRanks[s]), Int32(s))
        }.sorted { $0.0 < $1.0 }.map(\.1)

        var capacity: [Int32] = [], opportunity: [Int32] = [], yearMask: [UInt16] = []
        var locations: [Coordinate?] = []
        var pools: [UInt16: [Int32]] = [:]
        for o in 0..<prepared.opportunityCount {
            let spare = prepared.capacities[o] - phase1.load[o]
            guard spare > 0 else { continue }
            if prepared.isVirtual[o] {
                pools[prepared.yearMasks[o], default: []].append(Int32(o))
            } else {
                capacity.append(spare)
                opportunity.append(Int32(o))
                yearMask.append(prepared.yearMasks[o])
                locations.append(prepared.opportunityLocations[o])
            }
        }
        inPersonColumns = capacity.count
        var members: [[Int32]] = []
        for (mask, pool) in pools.sorted(by: { $0.key < $1.key }) {
            capacity.append(pool.reduce(0) { $0 + prepared.capacities[Int($1)] - phase1.load[Int($1)] })
            opportunity.append(-1)
            yearMask.append(mask)
            members.append(pool)
        }
        columnCapacity = capacity
        columnOpportunity = opportunity
        columnYearMask = yearMask
        poolMembers = members
        columnIndex = SpatialIndex(points: locations)
    }

    /// The cost of a pair: its great-circle distance in whole millimetres, so sums are exact.
    static func cost(chordSquared c2: Double) -> Int64 {
        Int64((UnitVector.kilometres(chordSquared: c2) * 1_000_000).rounded())
    }

    /// Whether the student of `row` may take column `c`, and at what cost.
    func pairCost(row: Int, column c: Int) -> Int64? {
        let s = Int(rows[row])
        guard columnYearMask[c] & (1 << UInt16(prepared.studentYears[s])) != 0 else { return nil }
        if c >= inPersonColumns { return 0 }
        let c2 = prepared.studentVectors[s].chordSquared(to: prepared.opportunityVectors[Int(columnOpportunity[c])])
        return c2 <= prepared.reachChordSquared[s] ? Self.cost(chordSquared: c2) : nil
    }

    /// Calls `body` with every in-person column the student of `row` may take within `radiusKm`.
    func forEachEligibleInPerson(row: Int, within radiusKm: Double, _ body: (Int, Int64) -> Void) {
        let s = Int(rows[row])
        let yearBit = UInt16(1) << UInt16(prepared.studentYears[s])
        let reach = prepared.reachChordSquared[s]
        columnIndex.forEach(within: radiusKm, of: prepared.studentLocations[s]) { c, c2 in
            if columnYearMask[c] & yearBit != 0 && c2 <= reach { body(c, Self.cost(chordSquared: c2)) }
        }
    }

    /// Each row's starting arcs: every pool it may join and its nearest eligible in-person places.
    func candidateArcs() -> (start: [Int], column: [Int32], cost: [Int64]) {
        let chunks = PreparedInstance.chunks(rows.count)
        var parts = [(start: [Int], column: [Int32], cost: [Int64])](repeating: ([], [], []), count: chunks)
        parts.withUnsafeMutableBufferPointer { parts in
            let out = UncheckedSendable(parts)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var counts: [Int] = [], columns: [Int32] = [], costs: [Int64] = []
                var found: [(Int64, Int32)] = []
                for row in PreparedInstance.range(chunk: chunk, of: rows.count) {
                    let before = columns.count
                    for c in inPersonColumns..<columnCapacity.count where pairCost(row: row, column: c) != nil {
                        columns.append(Int32(c))
                        costs.append(0)
                    }
                    nearest(row: row, into: &found)
                    for (cost, c) in found {
                        columns.append(c)
                        costs.append(cost)
                    }
                    counts.append(columns.count - before)
                }
                out.value[chunk] = (counts, columns, costs)
            }
        }
        // Each place's nearest students too: where places are scarce, the last places left are
        // often no student's nearest, yet placing the most needs them.
        let reverse = nearestRows()
        var start = [0], column: [Int32] = [], cost: [Int64] = []
        column.reserveCapacity(parts.reduce(0) { $0 + $1.column.count } + reverse.count)
        cost.reserveCapacity(column.capacity)
        var row = 0, next = 0
        for part in parts {
            var offset = 0
            for count in part.start {
                let own = part.column[offset..<(offset + count)]
                column += own
                cost += part.cost[offset..<(offset + count)]
                while next < reverse.count && Int(reverse[next].row) == row {
                    let c = reverse[next].column
                    if !own.contains(c) {
                        column.append(c)
                        cost.append(pairCost(row: row, column: Int(c))!)
                    }
                    next += 1
                }
                offset += count
                start.append(column.count)
                row += 1
            }
        }
        return (start, column, cost)
    }

    /// For each in-person place, its `nearestCandidates / 4` (at least 1) nearest students who
    /// may take it, as (row, column) pairs sorted by row.
    private func nearestRows() -> [(row: Int32, column: Int32)] {
        guard inPersonColumns > 0, !rows.isEmpty else { return [] }
        let wanted = max(1, nearestCandidates / 4)
        let rowIndex = SpatialIndex(points: rows.map { prepared.studentLocations[Int($0)] })
        let farthest = rows.reduce(0.0) { max($0, prepared.maxKm[Int($1)]) }
        let chunks = PreparedInstance.chunks(inPersonColumns)
        var parts = [[(row: Int32, column: Int32)]](repeating: [], count: chunks)
        parts.withUnsafeMutableBufferPointer { parts in
            let out = UncheckedSendable(parts)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var pairs: [(row: Int32, column: Int32)] = []
                var found: [(Double, Int32)] = []
                for c in PreparedInstance.range(chunk: chunk, of: inPersonColumns) {
                    let o = Int(columnOpportunity[c])
                    let location = prepared.opportunityLocations[o]
                    Self.nearest(wanted, within: farthest, into: &found) { radius, found in
                        rowIndex.forEach(within: radius, of: location) { row, c2 in
                            let s = Int(rows[row])
                            if columnYearMask[c] & (1 << UInt16(prepared.studentYears[s])) != 0 && c2 <= prepared.reachChordSquared[s] {
                                found.append((c2, Int32(row)))
                            }
                        }
                    }
                    for (_, row) in found { pairs.append((row, Int32(c))) }
                }
                out.value[chunk] = pairs
            }
        }
        return parts.joined().sorted { $0.row != $1.row ? $0.row < $1.row : $0.column < $1.column }
    }

    /// The nearest eligible in-person columns, widening the search until enough are found or the
    /// student's limit is reached. Ties break by column index.
    private func nearest(row: Int, into found: inout [(Int64, Int32)]) {
        Self.nearest(nearestCandidates, within: prepared.maxKm[Int(rows[row])], into: &found) { radius, found in
            forEachEligibleInPerson(row: row, within: radius) { c, cost in found.append((cost, Int32(c))) }
        }
    }

    /// The `wanted` nearest of what `search` finds within a radius: from 2 km, doubling until
    /// enough are found or the radius reaches `limit`; sorted by distance, ties by index.
    private static func nearest<Distance: Comparable>(
        _ wanted: Int, within limit: Double, into found: inout [(Distance, Int32)],
        _ search: (Double, inout [(Distance, Int32)]) -> Void
    ) {
        var radius = min(limit, 2.0)
        while true {
            found.removeAll(keepingCapacity: true)
            search(radius, &found)
            if found.count >= wanted || radius >= limit { break }
            radius = min(limit, radius * 2)
        }
        found.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        if found.count > wanted { found.removeLast(found.count - wanted) }
    }
}
