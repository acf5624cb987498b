/// The proof that a clearing solve is optimal on every eligible pair, not only the candidates it
/// was given: the primal assignment is feasible, held arcs are tight, columns with room have zero
/// dual, and every eligible (student, place) pair has a reduced cost of at least 0. Pairs whose
/// distance is at least the student's dual `u` cannot break that (`v <= 0`), so only places within
/// `u` (capped by the student's limit) are enumerated. A pair that breaks it is returned, to be
/// added to the candidates for another solve.
struct ClearingCertificate {
    var violations: [Int: [(Int32, Int64)]] = [:]
    var pairsChecked = 0

    init(problem: ClearingProblem, solver: ClearingSolver) {
        let columns = problem.columnCapacity.count
        for c in 0..<columns {
            precondition(solver.load[c] <= problem.columnCapacity[c], "clearing: column \(c) over capacity")
            precondition(solver.v[c] <= 0, "clearing: column \(c) has a positive dual")
            precondition(solver.load[c] == problem.columnCapacity[c] || solver.v[c] == 0, "clearing: column \(c) has room and a nonzero dual")
        }
        for row in 0..<solver.rowCount {
            let u = solver.u[row], held = solver.rowColumn[row]
            precondition(held != ClearingSolver.unprocessed, "clearing: row \(row) was never added")
            precondition(solver.unplacedCost - u >= 0, "clearing: row \(row) undercuts staying unplaced")
            if held == ClearingSolver.unplaced {
                precondition(solver.unplacedCost == u, "clearing: row \(row) is unplaced but not tight")
            } else {
                let cost = problem.pairCost(row: row, column: Int(held))
                precondition(cost.map { $0 - u - solver.v[Int(held)] } == 0, "clearing: row \(row) holds a non-tight or ineligible pair")
            }
            for arc in solver.arcStart[row]..<solver.arcStart[row + 1] {
                precondition(solver.arcCost[arc] - u - solver.v[Int(solver.arcColumn[arc])] >= 0, "clearing: row \(row) has a negative candidate arc")
            }
            for c in problem.inPersonColumns..<columns {
                guard let cost = problem.pairCost(row: row, column: c) else { continue }
                pairsChecked += 1
                if cost - u - solver.v[c] < 0 { violations[row, default: []].append((Int32(c), cost)) }
            }
            guard u > 0 else { continue }
            let radius = min(problem.prepared.maxKm[Int(problem.rows[row])], Double(u) / 1_000_000 + 0.001)
            problem.forEachEligibleInPerson(row: row, within: radius) { c, cost in
                pairsChecked += 1
                if cost - u - solver.v[c] < 0 { violations[row, default: []].append((Int32(c), cost)) }
            }
        }
    }
}
