import Foundation

/// The proof that a clearing flow is optimal on every eligible pair, not only the candidates it
/// was solved on:
/// 1. Most students placed: no augmenting path exists in the residual graph of *all* eligible
///    pairs (a breadth-first search from the unplaced students reaches no place with room).
/// 2. Least distance for that many: every residual arc, including each eligible pair outside the
///    candidates, has scaled reduced cost of at least -1 (ε-optimality with ε < 1/nodes, which
///    for integer costs means no negative cycle). A pair whose distance exceeds
///    `(highest place price - student price) / scale` cannot break that, so only places within
///    that radius (capped by the student's limit) are enumerated.
/// Pairs that break either are returned, to be added to the candidates for another solve.
struct ClearingCertificate {
    var missing: [Int: [(Int32, Int64)]] = [:]
    var pairsChecked = 0

    init(problem: ClearingProblem, solver: CostScalingAssignment, assigned: [Int?], load: [Int32]) {
        for c in 0..<problem.columnCapacity.count {
            precondition(load[c] <= problem.columnCapacity[c], "clearing: place \(c) over capacity")
        }
        // Condition 2 on the arcs solved on (sink and unplaced arcs included).
        let violation = solver.worstViolation()
        precondition(violation <= 1, "clearing: the solve is only \(violation)-optimal")
        checkMaximality(problem: problem, assigned: assigned, load: load)
        if !missing.isEmpty { return }
        checkReducedCosts(problem: problem, solver: solver, assigned: assigned)
    }

    private mutating func checkReducedCosts(problem: ClearingProblem, solver: CostScalingAssignment, assigned: [Int?]) {
        let inPerson = problem.inPersonColumns
        let highest = solver.columnPrice[..<inPerson].max() ?? .min
        let rows = problem.rows.count
        let chunks = PreparedInstance.chunks(rows)
        var parts = [(missing: [(Int, Int32, Int64)], checked: Int)](repeating: ([], 0), count: chunks)
        parts.withUnsafeMutableBufferPointer { parts in
            let out = UncheckedSendable(parts)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var found: [(Int, Int32, Int64)] = [], checked = 0
                for row in PreparedInstance.range(chunk: chunk, of: rows) {
                    let rowPrice = solver.rowPrice[row]
                    func check(_ c: Int, _ cost: Int64) {
                        checked += 1
                        let reduced = cost * solver.scale + rowPrice - solver.columnPrice[c]
                        // A held pair's residual arc is the reverse one (cost negated).
                        let ok = assigned[row] == c ? -reduced >= -1 : reduced >= -1
                        if !ok { found.append((row, Int32(c), cost)) }
                    }
                    for c in inPerson..<problem.columnCapacity.count {
                        if let cost = problem.pairCost(row: row, column: c) { check(c, cost) }
                    }
                    guard inPerson > 0, highest > rowPrice else { continue }
                    let radiusKm = min(
                        problem.prepared.maxKm[Int(problem.rows[row])], Double((highest - rowPrice) / solver.scale + 2) / 1_000_000
                    )
                    problem.forEachEligibleInPerson(row: row, within: radiusKm) { c, cost in check(c, cost) }
                }
                out.value[chunk] = (found, checked)
            }
        }
        for part in parts {
            pairsChecked += part.checked
            for (row, c, cost) in part.missing { missing[row, default: []].append((c, cost)) }
        }
    }

    /// Breadth-first search of the residual graph over all eligible pairs, from the students
    /// the flow left unplaced; reaching a place with room means a bigger flow exists. The search
    /// runs to the end and returns, for every student it reaches who may take a place with room,
    /// that pair and the path that reached the student, so the next solve has every route to
    /// those places, not only the first (the first ones often share a student).
    private mutating func checkMaximality(problem: ClearingProblem, assigned: [Int?], load: [Int32]) {
        let rows = problem.rows.count, columns = problem.columnCapacity.count
        var holders = [[Int32]](repeating: [], count: columns)
        for row in 0..<rows { if let c = assigned[row] { holders[c].append(Int32(row)) } }
        var rowSeen = [Bool](repeating: false, count: rows)
        var recorded = [Bool](repeating: false, count: rows)  // The path to the row is in `missing`.
        var columnFrom = [Int32](repeating: -1, count: columns)  // The row that reached each place.
        var queue = (0..<rows).filter { assigned[$0] == nil }
        for row in queue { rowSeen[row] = true }
        var position = 0
        var reached: [(Int, Int64)] = []
        func recordPath(to row: Int) {
            var row = row
            while !recorded[row] {
                recorded[row] = true
                guard let place = assigned[row] else { return }
                let from = Int(columnFrom[place])
                missing[from, default: []].append((Int32(place), problem.pairCost(row: from, column: place)!))
                row = from
            }
        }
        while position < queue.count {
            let row = queue[position]
            position += 1
            reached.removeAll(keepingCapacity: true)
            for c in problem.inPersonColumns..<columns {
                if let cost = problem.pairCost(row: row, column: c) { reached.append((c, cost)) }
            }
            problem.forEachEligibleInPerson(row: row, within: problem.prepared.maxKm[Int(problem.rows[row])]) { reached.append(($0, $1)) }
            pairsChecked += reached.count
            for (c, cost) in reached where assigned[row] != c {
                if load[c] < problem.columnCapacity[c] {
                    missing[row, default: []].append((Int32(c), cost))
                    recordPath(to: row)
                }
                guard columnFrom[c] < 0 else { continue }
                columnFrom[c] = Int32(row)
                for holder in holders[c] where !rowSeen[Int(holder)] {
                    rowSeen[Int(holder)] = true
                    queue.append(Int(holder))
                }
            }
        }
    }
}
