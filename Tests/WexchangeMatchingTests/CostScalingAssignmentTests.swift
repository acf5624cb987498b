import PropertyBased
import Testing
import WexchangeCore

@testable import WexchangeMatching

/// The clearing solver on its own, on random capacitated assignment problems bigger than the
/// exhaustive searches can take (up to 80 students), against successive shortest paths — a slow
/// but simple min-cost flow that reaches the most placed at the least cost.
@Suite struct CostScalingAssignmentTests {
    static let problems = zip(Gen.uint64(in: 0...UInt64.max), Gen.int(in: 1...80), Gen.int(in: 1...20), Gen.int(in: 1...6))

    @Test func mostPlacedThenLeastCostMatchSuccessiveShortestPaths() async {
        await propertyCheck(count: 200, input: Self.problems) { seed, rows, columns, degree in
            let problem = RandomAssignment(seed: seed, rows: rows, columns: columns, degree: degree)
            let expected = problem.successiveShortestPaths()

            var matching = CostScalingAssignment(
                columnCapacity: problem.capacity, arcStart: problem.start, arcColumn: problem.column,
                arcCost: [Int64](repeating: 0, count: problem.column.count), placeable: 0, unplacedCost: 1
            )
            matching.solve()
            let placeable = (0..<rows).count { matching.columnOf(row: $0) != nil }
            #expect(placeable == expected.placed)

            var solver = CostScalingAssignment(
                columnCapacity: problem.capacity, arcStart: problem.start, arcColumn: problem.column, arcCost: problem.cost,
                placeable: placeable
            )
            solver.solve()
            #expect(solver.worstViolation() <= 1)
            var load = [Int32](repeating: 0, count: columns)
            var total: Int64 = 0
            for r in 0..<rows {
                guard let c = solver.columnOf(row: r) else { continue }
                load[c] += 1
                total += problem.cost(row: r, column: c)!
            }
            #expect(zip(load, problem.capacity).allSatisfy { $0 <= $1 }, "a place over capacity")
            #expect(load.reduce(0, +) == Int32(expected.placed))
            #expect(total == expected.cost)

            // Starting again from these prices on the same arcs gives an answer as good.
            var again = CostScalingAssignment(
                columnCapacity: problem.capacity, arcStart: problem.start, arcColumn: problem.column, arcCost: problem.cost,
                placeable: placeable
            )
            again.solve(warmStart: solver)
            let againTotal = (0..<rows).reduce(Int64(0)) { sum, r in
                sum + (again.columnOf(row: r).map { problem.cost(row: r, column: $0)! } ?? 0)
            }
            #expect(againTotal == expected.cost)
        }
    }

    @Test func everyoneUnplacedWhenNobodyHasAPair() {
        var solver = CostScalingAssignment(columnCapacity: [2], arcStart: [0, 0, 0], arcColumn: [], arcCost: [], placeable: 0)
        solver.solve()
        #expect(solver.columnOf(row: 0) == nil && solver.columnOf(row: 1) == nil)
    }
}

/// A random sparse problem: `rows` students, `columns` places (capacity 1–4), each student with
/// up to `degree` distinct places at costs 0–1,000 (ties are common).
struct RandomAssignment {
    var capacity: [Int32] = []
    var start = [0]
    var column: [Int32] = []
    var cost: [Int64] = []

    init(seed: UInt64, rows: Int, columns: Int, degree: Int) {
        var generator = SeededRandom(seed: seed)
        capacity = (0..<columns).map { _ in Int32.random(in: 1...4, using: &generator) }
        for _ in 0..<rows {
            let count = Int.random(in: 0...min(degree, columns), using: &generator)
            for c in Array(0..<columns).shuffled(using: &generator).prefix(count) {
                column.append(Int32(c))
                cost.append(Int64.random(in: 0...1_000, using: &generator))
            }
            start.append(column.count)
        }
    }

    func cost(row r: Int, column c: Int) -> Int64? {
        (start[r]..<start[r + 1]).first { Int(column[$0]) == c }.map { cost[$0] }
    }

    /// Augments one unit at a time along a cheapest path (Bellman–Ford on the residual graph):
    /// each step keeps the flow cheapest for its size, so the last is the most placed, least cost.
    func successiveShortestPaths() -> (placed: Int, cost: Int64) {
        let rows = start.count - 1, columns = capacity.count
        let source = rows + columns, sink = source + 1, nodes = sink + 1
        var to: [Int] = [], residual: [Int] = [], weight: [Int64] = []
        var arcsOf = [[Int]](repeating: [], count: nodes)
        func add(_ u: Int, _ v: Int, _ capacity: Int, _ w: Int64) {
            arcsOf[u].append(to.count)
            to.append(v); residual.append(capacity); weight.append(w)
            arcsOf[v].append(to.count)
            to.append(u); residual.append(0); weight.append(-w)
        }
        for r in 0..<rows {
            add(source, r, 1, 0)
            for a in start[r]..<start[r + 1] { add(r, rows + Int(column[a]), 1, cost[a]) }
        }
        for c in 0..<columns { add(rows + c, sink, Int(capacity[c]), 0) }
        var placed = 0, total: Int64 = 0
        while true {
            var distance = [Int64](repeating: .max, count: nodes)
            var via = [Int](repeating: -1, count: nodes)
            distance[source] = 0
            var changed = true
            while changed {
                changed = false
                for u in 0..<nodes where distance[u] != .max {
                    for a in arcsOf[u] where residual[a] > 0 && distance[u] + weight[a] < distance[to[a]] {
                        distance[to[a]] = distance[u] + weight[a]
                        via[to[a]] = a
                        changed = true
                    }
                }
            }
            guard distance[sink] != .max else { return (placed, total) }
            var v = sink
            while v != source {
                let a = via[v]
                residual[a] -= 1
                residual[a ^ 1] += 1
                v = to[a ^ 1]
            }
            placed += 1
            total += distance[sink]
        }
    }
}
