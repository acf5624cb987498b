import WexchangeGeo

/// Runs phase 2 to a certified optimum: solve on the candidate pairs, check the certificate on
/// every eligible pair, and if a pair was missing that mattered, add it and solve again.
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
        let unplacedCost = Self.unplacedCost(problem)
        var rounds = 0, certifiedPairs = 0, searchWork = 0
        var solver: ClearingSolver
        while true {
            rounds += 1
            solver = ClearingSolver(
                columnCapacity: problem.columnCapacity, arcStart: arcs.start, arcColumn: arcs.column,
                arcCost: arcs.cost, unplacedCost: unplacedCost
            )
            let total = problem.rows.count
            solver.solve(order: Array(0..<Int32(total))) { done in progress("clearing: \(done)/\(total) students") }
            let certificate = ClearingCertificate(problem: problem, solver: solver)
            certifiedPairs += certificate.pairsChecked
            searchWork += solver.columnsSettled
            if certificate.violations.isEmpty { break }
            progress("clearing: certificate found \(certificate.violations.count) students with a better pair outside the candidates; solving again")
            arcs = ClearingSolver.withExtraArcs(arcs, extra: certificate.violations)
        }

        var assigned = [Int32](repeating: -1, count: prepared.studentCount)
        var totalMillimetres: Int64 = 0
        var placed = 0
        for c in 0..<problem.columnCapacity.count {
            let held = solver.rows(in: c).map(Int.init).sorted()
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
            candidatePairs: arcs.column.count, certifiedPairs: certifiedPairs, rounds: rounds,
            columnsSettled: searchWork
        )
    }

    /// The cost of leaving a student unplaced: more than any assignment's total distance, so the
    /// optimum places as many students as possible first.
    private static func unplacedCost(_ problem: ClearingProblem) -> Int64 {
        let longest = problem.prepared.maxKm.reduce(0.0) { max($0, min($1, GreatCircle.earthRadiusKm * .pi)) }
        let perPair = Int64((longest * 1_000_000).rounded(.up)) + 1
        let (bound, overflow) = perPair.multipliedReportingOverflow(by: Int64(problem.rows.count + 1))
        return overflow ? Int64.max / 4 : bound
    }
}
