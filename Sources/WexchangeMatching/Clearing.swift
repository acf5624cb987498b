import WexchangeGeo

/// Runs phase 2 to a certified optimum: the most students that can be placed, then the least
/// total distance for that many (both by cost scaling), then the certificate on every eligible
/// pair; if a pair was missing that mattered, add it and solve again.
struct Clearing {
    /// Opportunity index per student placed by clearing, -1 otherwise.
    var assigned: [Int32]
    var report: ClearingReport

    init(
        prepared: PreparedInstance, phase1: DeferredAcceptance, roundPriority: [PriorityCriterion], candidates: Int,
        progress: (String) -> Void
    ) {
        let problem = ClearingProblem(prepared: prepared, phase1: phase1, roundPriority: roundPriority, nearestCandidates: candidates)
        progress("clearing: \(problem.rows.count) students, \(problem.columnCapacity.reduce(0) { $0 + Int($1) }) places left")
        var arcs = problem.candidateArcs()
        var rounds = 0, certifiedPairs = 0
        var held: [Int?] = []
        var warmStart: CostScalingAssignment?
        while true {
            rounds += 1
            let (placeable, countTime) = measured { Self.mostPlaceable(problem: problem, arcs: arcs) }
            progress(
                "clearing: at most \(placeable) of \(problem.rows.count) can be placed on \(arcs.column.count) candidate pairs (\(formatSeconds(countTime)))"
            )
            var solver = CostScalingAssignment(
                columnCapacity: problem.columnCapacity, arcStart: arcs.start, arcColumn: arcs.column, arcCost: arcs.cost,
                placeable: placeable
            )
            let solveTime = measured { solver.solve(warmStart: warmStart) }.seconds
            progress(
                "clearing: least distance found in \(formatSeconds(solveTime)) (\(solver.phases) phases, \(solver.pushes) pushes, \(solver.relabels) relabels)"
            )
            held = (0..<problem.rows.count).map { solver.columnOf(row: $0) }
            var load = [Int32](repeating: 0, count: problem.columnCapacity.count)
            for c in held.compactMap({ $0 }) { load[c] += 1 }
            let (certificate, checkTime) = measured { ClearingCertificate(problem: problem, solver: solver, assigned: held, load: load) }
            progress("clearing: certificate checked \(certificate.pairsChecked) eligible pairs in \(formatSeconds(checkTime))")
            certifiedPairs += certificate.pairsChecked
            if certificate.missing.isEmpty { break }
            progress(
                "clearing: the certificate found better pairs for \(certificate.missing.count) students outside the candidates; solving again"
            )
            arcs = Self.adding(certificate.missing, to: arcs)
            warmStart = solver
        }

        var assigned = [Int32](repeating: -1, count: prepared.studentCount)
        var totalMillimetres: Int64 = 0
        var placed = 0
        var holders = [[Int]](repeating: [], count: problem.columnCapacity.count)
        for (row, c) in held.enumerated() { if let c { holders[c].append(row) } }
        for c in 0..<problem.columnCapacity.count {
            let held = holders[c]
            placed += held.count
            if c < problem.inPersonColumns {
                for row in held {
                    assigned[Int(problem.rows[row])] = problem.columnOpportunity[c]
                    totalMillimetres += problem.pairCost(row: row, column: c)!
                }
            } else {
                // Every virtual place is 0 km from everyone: fill the pool's opportunities in
                // index order with its students in row (priority) order.
                var members = problem.poolMembers[c - problem.inPersonColumns].makeIterator()
                var current = members.next()
                var room = current.map { prepared.capacities[Int($0)] - phase1.load[Int($0)] } ?? 0
                for row in held {
                    while room == 0, let next = members.next() {
                        current = next
                        room = prepared.capacities[Int(next)] - phase1.load[Int(next)]
                    }
                    assigned[Int(problem.rows[row])] = current!
                    room -= 1
                }
            }
        }
        self.assigned = assigned
        report = ClearingReport(
            students: problem.rows.count, placed: placed, totalKm: Double(totalMillimetres) / 1_000_000,
            candidatePairs: arcs.column.count, certifiedPairs: certifiedPairs, rounds: rounds
        )
    }

    /// The most rows that can be placed on the candidate pairs: the same solver with every pair
    /// free and 1 charged per row left unplaced (push–relabel is the fastest exact matching in
    /// practice, and its prices make no search re-explore students that can never be placed).
    static func mostPlaceable(problem: ClearingProblem, arcs: (start: [Int], column: [Int32], cost: [Int64])) -> Int {
        var matching = CostScalingAssignment(
            columnCapacity: problem.columnCapacity, arcStart: arcs.start, arcColumn: arcs.column,
            arcCost: [Int64](repeating: 0, count: arcs.column.count), placeable: 0, unplacedCost: 1
        )
        matching.solve()
        let violation = matching.worstViolation()
        precondition(violation <= 1, "clearing: the placement count is only \(violation)-optimal")
        return (0..<problem.rows.count).count { matching.columnOf(row: $0) != nil }
    }

    /// The candidate arcs with `extra` pairs added (each once).
    static func adding(
        _ extra: [Int: [(Int32, Int64)]], to arcs: (start: [Int], column: [Int32], cost: [Int64])
    ) -> (start: [Int], column: [Int32], cost: [Int64]) {
        var start = [0], column: [Int32] = [], cost: [Int64] = []
        for row in 0..<(arcs.start.count - 1) {
            let existing = arcs.start[row]..<arcs.start[row + 1]
            column += arcs.column[existing]
            cost += arcs.cost[existing]
            for (c, k) in extra[row] ?? [] where !arcs.column[existing].contains(c) && !column[(start.last!)...].contains(c) {
                column.append(c)
                cost.append(k)
            }
            start.append(column.count)
        }
        return (start, column, cost)
    }
}
