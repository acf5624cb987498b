/// Phase 1: student-proposing deferred acceptance (Gale–Shapley with capacities). Each opportunity
/// holds its tentatively admitted students in a max-heap of priority keys, so a proposal costs
/// O(log capacity) and the run is linear in the number of proposals.
struct DeferredAcceptance {
    /// Opportunity index per student, -1 when unplaced.
    var assigned: [Int32]
    /// 1-based position in the student's list of the opportunity they hold (0 when unplaced).
    var rankReceived: [Int32]
    /// Students held per opportunity.
    var load: [Int32]
    /// Each opportunity's heap lives at `heapStart[o]..<heapStart[o] + capacity[o]`.
    var heapStart: [Int]
    var heap: [UInt64]
    var proposals = 0

    init(_ prepared: PreparedInstance) {
        let n = prepared.studentCount, m = prepared.opportunityCount
        assigned = [Int32](repeating: -1, count: n)
        rankReceived = [Int32](repeating: 0, count: n)
        load = [Int32](repeating: 0, count: m)
        var start = [Int](repeating: 0, count: m + 1)
        for o in 0..<m { start[o + 1] = start[o] + Int(prepared.capacities[o]) }
        heapStart = start
        heap = [UInt64](repeating: 0, count: start[m])
        run(prepared)
    }

    /// The worst-priority key an opportunity holds (its cutoff when full).
    func worstKey(_ o: Int) -> UInt64? { load[o] > 0 ? heap[heapStart[o]] : nil }

    private mutating func run(_ prepared: PreparedInstance) {
        var next = [Int32](repeating: 0, count: prepared.studentCount)
        // Process in index order; the student-optimal stable matching does not depend on it.
        var free = Array((0..<Int32(prepared.studentCount)).reversed())
        var proposals = 0
        prepared.preferences.withUnsafeBufferPointer { preferences in
            prepared.preferenceEligible.withUnsafeBufferPointer { eligible in
                prepared.preferenceStart.withUnsafeBufferPointer { start in
                    prepared.capacities.withUnsafeBufferPointer { capacities in
                        heap.withUnsafeMutableBufferPointer { heap in
                            load.withUnsafeMutableBufferPointer { load in
                                assigned.withUnsafeMutableBufferPointer { assigned in
                                    next.withUnsafeMutableBufferPointer { next in
                                        let heapStart = self.heapStart
                                        prepared.studentHubs.withUnsafeBufferPointer { studentHubs in
                                            prepared.opportunityHubs.withUnsafeBufferPointer { opportunityHubs in
                                                prepared.studentFlags.withUnsafeBufferPointer { flags in
                                                    prepared.lotteryRanks.withUnsafeBufferPointer { ranks in
                                                        prepared.studentsByRank.withUnsafeBufferPointer { byRank in
                                                            prepared.criteriaBits.withUnsafeBufferPointer { criteriaBits in
                                                                while let student = free.popLast() {
                                                                    let s = Int(student)
                                                                    let end = Int(start[s + 1])
                                                                    var p = Int(start[s]) + Int(next[s])
                                                                    proposing: while p < end {
                                                                        defer { p += 1 }
                                                                        guard eligible[p] else { continue }
                                                                        let o = Int(preferences[p]), capacity = Int(capacities[o])
                                                                        guard capacity > 0 else { continue }
                                                                        proposals += 1
                                                                        // As `PreparedInstance.priorityKey`, on raw buffers: this is the hot loop.
                                                                        let local: UInt8 =
                                                                            studentHubs[s] >= 0 && studentHubs[s] == opportunityHubs[o]
                                                                            ? 8 : 0
                                                                        let key =
                                                                            criteriaBits[o &* 16 &+ Int(flags[s] | local)]
                                                                            << PreparedInstance.lotteryBits | UInt64(ranks[s])
                                                                        let base = heapStart[o]
                                                                        if Int(load[o]) < capacity {
                                                                            Self.push(key, heap: heap, base: base, count: Int(load[o]))
                                                                            load[o] += 1
                                                                        } else if key < heap[base] {
                                                                            let evicted = Int(
                                                                                byRank[Int(heap[base] & PreparedInstance.lotteryMask)])
                                                                            Self.replaceTop(key, heap: heap, base: base, count: capacity)
                                                                            assigned[evicted] = -1
                                                                            free.append(Int32(evicted))
                                                                        } else {
                                                                            continue proposing
                                                                        }
                                                                        assigned[s] = Int32(o)
                                                                        next[s] = Int32(p + 1 - Int(start[s]))
                                                                        break proposing
                                                                    }
                                                                    if assigned[s] < 0 { next[s] = Int32(end - Int(start[s])) }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        self.proposals = proposals
        for s in 0..<prepared.studentCount where assigned[s] >= 0 { rankReceived[s] = next[s] }
    }

    @inline(__always)
    private static func push(_ key: UInt64, heap: UnsafeMutableBufferPointer<UInt64>, base: Int, count: Int) {
        var child = count
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[base + parent] < key else { break }
            heap[base + child] = heap[base + parent]
            child = parent
        }
        heap[base + child] = key
    }

    @inline(__always)
    private static func replaceTop(_ key: UInt64, heap: UnsafeMutableBufferPointer<UInt64>, base: Int, count: Int) {
        var parent = 0
        while true {
            var child = 2 * parent + 1
            guard child < count else { break }
            if child + 1 < count && heap[base + child + 1] > heap[base + child] { child += 1 }
            guard heap[base + child] > key else { break }
            heap[base + parent] = heap[base + child]
            parent = child
        }
        heap[base + parent] = key
    }
}
