import WexchangeCore
import WexchangeGeo
import WexchangeMatching

/// Small random instances for property tests: a few students and opportunities in a box about
/// 30 km across, with random capacities (0–3), year groups, hubs, flags, per-opportunity priority
/// orders, travel limits that sometimes bite, and rankings that include ineligible choices.
enum RandomInstance {
    static func make(seed: UInt64, students: Int, opportunities: Int) -> AllocationInstance {
        var random = SeededRandom(seed: seed)
        func point() -> Coordinate {
            Coordinate(latitude: 52.0 + random.unit() * 0.27, longitude: -1.5 + random.unit() * 0.44)
        }
        let hubs = ["north", "south", nil]
        let opportunityList = (0..<opportunities).map { index in
            AllocationOpportunity(
                id: "O\(index)", location: point(), capacity: random.int(below: 4), isVirtual: random.chance(0.2),
                years: random.chance(0.8) ? [10] : [9, 10], hub: hubs[random.int(below: 3)],
                priority: random.chance(0.5) ? Array(PriorityCriterion.allCases.shuffled(using: &random).prefix(random.int(below: 5))) : nil
            )
        }
        let lotteries = (0..<students).map { Int64($0 * 7 + 3) }.shuffled(using: &random)
        let studentList = (0..<students).map { index in
            let ranked = opportunityList.map(\.id).shuffled(using: &random).prefix(
                random.int(below: min(opportunities, AllocationStudent.maxPreferences) + 1))
            return AllocationStudent(
                id: "S\(index)", year: random.chance(0.85) ? 10 : 9, location: point(), hub: hubs[random.int(below: 3)],
                disadvantaged: random.chance(0.4), send: random.chance(0.3), priorExperience: random.chance(0.5),
                lottery: lotteries[index], maxKm: random.chance(0.3) ? 8 : 40, preferences: Array(ranked)
            )
        }
        let priority = random.chance(0.5) ? PriorityCriterion.defaultOrder : Array(PriorityCriterion.allCases.shuffled(using: &random))
        return AllocationInstance(priority: priority, students: studentList, opportunities: opportunityList)
    }
}

/// The rules of the issue read literally, for comparison with the engine on tiny instances.
struct Reference {
    let instance: AllocationInstance
    let index: [String: Int]

    init(_ instance: AllocationInstance) {
        self.instance = instance
        index = Dictionary(uniqueKeysWithValues: instance.opportunities.enumerated().map { ($1.id, $0) })
    }

    func distanceKm(_ s: Int, _ o: Int) -> Double {
        instance.opportunities[o].isVirtual ? 0 : GreatCircle.distanceKm(instance.students[s].location, instance.opportunities[o].location)
    }

    func eligible(_ s: Int, _ o: Int) -> Bool {
        let student = instance.students[s], opportunity = instance.opportunities[o]
        return opportunity.years.contains(student.year) && (opportunity.isVirtual || distanceKm(s, o) <= student.maxKm + 1e-9)
    }

    /// The priority tuple of student `s` at opportunity `o` (smaller first).
    func priority(_ s: Int, _ o: Int) -> [Int64] {
        let student = instance.students[s], opportunity = instance.opportunities[o]
        let criteria = opportunity.priority ?? instance.priority
        return criteria.map { criterion -> Int64 in
            let met =
                switch criterion {
                case .disadvantaged: student.disadvantaged
                case .send: student.send
                case .noPrior: !student.priorExperience
                case .local: student.hub != nil && student.hub == opportunity.hub
                }
            return met ? 0 : 1
        } + [student.lottery]
    }

    /// Position of `o` in `s`'s list (smaller is better), nil when unranked or ineligible.
    func rank(_ s: Int, _ o: Int?) -> Int? {
        guard let o, eligible(s, o) else { return nil }
        return instance.students[s].preferences.firstIndex(of: instance.opportunities[o].id)
    }

    /// Whether `s` strictly prefers `o` to what they hold.
    func prefers(_ s: Int, _ o: Int, over held: Int?) -> Bool {
        guard let wanted = rank(s, o) else { return false }
        guard let current = rank(s, held) else { return true }
        return wanted < current
    }

    /// A pair (s, o) that would both rather be together: s prefers o, and o has room or holds
    /// someone of lower priority than s.
    func blockingPair(_ matching: [Int?]) -> (Int, Int)? {
        for s in instance.students.indices {
            for o in instance.opportunities.indices where prefers(s, o, over: matching[s]) {
                let holders = matching.indices.filter { matching[$0] == o }
                if holders.count < instance.opportunities[o].capacity { return (s, o) }
                if holders.contains(where: { priority(s, o).lexicographicallyPrecedes(priority($0, o)) }) { return (s, o) }
            }
        }
        return nil
    }

    /// Every stable matching over ranked, eligible pairs, by exhaustive search.
    func stableMatchings() -> [[Int?]] {
        let n = instance.students.count
        var found: [[Int?]] = []
        var matching = [Int?](repeating: nil, count: n)
        var load = [Int](repeating: 0, count: instance.opportunities.count)
        func extend(_ s: Int) {
            if s == n {
                if blockingPair(matching) == nil { found.append(matching) }
                return
            }
            extend(s + 1)
            for id in instance.students[s].preferences {
                let o = index[id]!
                guard eligible(s, o), load[o] < instance.opportunities[o].capacity else { continue }
                matching[s] = o
                load[o] += 1
                extend(s + 1)
                load[o] -= 1
                matching[s] = nil
            }
        }
        extend(0)
        return found
    }

    /// The best clearing by exhaustive search: the most students placed from `unplaced` in the
    /// places `left`, then the least total distance in km.
    func bestClearing(unplaced: [Int], left: [Int]) -> (placed: Int, km: Double) {
        var best = (placed: 0, km: 0.0)
        var left = left
        func extend(_ position: Int, placed: Int, km: Double) {
            if position == unplaced.count {
                if placed > best.placed || (placed == best.placed && km < best.km) { best = (placed, km) }
                return
            }
            extend(position + 1, placed: placed, km: km)
            let s = unplaced[position]
            for o in instance.opportunities.indices where left[o] > 0 && eligible(s, o) {
                left[o] -= 1
                extend(position + 1, placed: placed + 1, km: km + distanceKm(s, o))
                left[o] += 1
            }
        }
        extend(0, placed: 0, km: 0)
        return best
    }
}

extension AllocationResult {
    /// Phase-1 opportunity per student.
    var phase1: [Int?] {
        placements.map { if case .phase1(let o, _) = $0 { o } else { nil } }
    }

    /// Final opportunity per student, either phase.
    var final: [Int?] {
        placements.map {
            switch $0 {
            case .phase1(let o, _), .clearing(let o): o
            case .unplaced: nil
            }
        }
    }
}
