/// Exact min-cost flow of a fixed value on the clearing network, by Goldberg's cost-scaling
/// push–relabel method: source → each student (capacity 1, cost 0) → each candidate place
/// (capacity 1, cost: distance in mm) → sink (capacity: places left). Costs are multiplied by
/// `scale` (node count + 1), so the ε = 1 flow the last phase leaves is optimal for the original
/// integer costs (any residual cycle has at most `nodeCount` arcs, so it costs more than -1).
///
/// Unlike one-student-at-a-time shortest paths, whose searches grow with congestion, each
/// scaling phase settles a whole congested region at once; the work stays near-linear.
struct CostScalingFlow {
    static let source = 0
    let rows: Int
    let columns: Int
    var sink: Int { rows + columns + 1 }
    var nodeCount: Int { rows + columns + 2 }
    let scale: Int64

    /// Node v's arcs are `first[v]..<first[v + 1]`; each arc's pair is `reverse[arc]`.
    private(set) var first: [Int]
    private(set) var head: [Int32]
    private(set) var residual: [Int32]
    private(set) var cost: [Int64]
    private(set) var reverse: [Int32]
    private(set) var price: [Int64]
    private var excess: [Int64]
    private var current: [Int]
    private var warm = false
    private(set) var pushes = 0
    private(set) var relabels = 0

    static func row(_ r: Int) -> Int { 1 + r }
    func column(_ c: Int) -> Int { 1 + rows + c }

    /// `warmStart`: prices and placements of an earlier solve on a subset of these arcs (same rows
    /// and columns); the solve then only repairs what the added arcs change.
    init(
        columnCapacity: [Int32], arcStart: [Int], arcColumn: [Int32], arcCost: [Int64], flowValue: Int,
        warmStart: (price: [Int64], held: [Int?])? = nil
    ) {
        rows = arcStart.count - 1
        columns = columnCapacity.count
        let nodes = rows + columns + 2
        scale = Int64(nodes + 1)
        var degree = [Int](repeating: 0, count: nodes)
        degree[Self.source] = rows
        for r in 0..<rows { degree[Self.row(r)] = 1 + arcStart[r + 1] - arcStart[r] }
        for c in arcColumn { degree[1 + rows + Int(c)] += 1 }
        for c in 0..<columns { degree[1 + rows + c] += 1 }
        degree[nodes - 1] = columns
        var first = [Int](repeating: 0, count: nodes + 1)
        for v in 0..<nodes { first[v + 1] = first[v] + degree[v] }
        let arcs = first[nodes]
        var next = first
        var head = [Int32](repeating: 0, count: arcs), residual = [Int32](repeating: 0, count: arcs)
        var cost = [Int64](repeating: 0, count: arcs), reverse = [Int32](repeating: 0, count: arcs)
        func pair(_ u: Int, _ v: Int, _ capacity: Int32, _ c: Int64) {
            let a = next[u], b = next[v]
            next[u] += 1
            next[v] += 1
            head[a] = Int32(v); head[b] = Int32(u)
            residual[a] = capacity; residual[b] = 0
            cost[a] = c; cost[b] = -c
            reverse[a] = Int32(b); reverse[b] = Int32(a)
        }
        let scale = self.scale
        for r in 0..<rows {
            pair(Self.source, Self.row(r), 1, 0)
            for arc in arcStart[r]..<arcStart[r + 1] { pair(Self.row(r), 1 + rows + Int(arcColumn[arc]), 1, arcCost[arc] * scale) }
        }
        for c in 0..<columns { pair(1 + rows + c, nodes - 1, columnCapacity[c], 0) }
        self.first = first
        self.head = head
        self.residual = residual
        self.cost = cost
        self.reverse = reverse
        price = [Int64](repeating: 0, count: nodes)
        excess = [Int64](repeating: 0, count: nodes)
        excess[Self.source] = Int64(flowValue)
        excess[nodes - 1] = -Int64(flowValue)
        current = Array(first.dropLast())
        if let warmStart { start(from: warmStart, flowValue: flowValue) }
    }

    private mutating func start(from warm: (price: [Int64], held: [Int?]), flowValue: Int) {
        price = warm.price
        self.warm = true
        var placed = 0
        for (r, held) in warm.held.enumerated() {
            guard let c = held else { continue }
            let v = Self.row(r), w = column(c)
            let toColumn = (first[v]..<first[v + 1]).first { Int(head[$0]) == w && residual[$0] > 0 }!
            let fromSource = Int(reverse[first[v]])
            let toSink = (first[w]..<first[w + 1]).first { Int(head[$0]) == sink }!
            for a in [fromSource, toColumn, toSink] {
                residual[a] -= 1
                residual[Int(reverse[a])] += 1
            }
            placed += 1
        }
        excess[Self.source] = Int64(flowValue - placed)
        excess[sink] = -Int64(flowValue - placed)
    }

    /// Runs the scaling phases; `flowValue` must be feasible (at most the maximum flow).
    mutating func solve(alpha: Int64 = 12) {
        // From zero prices every arc is ε-optimal for ε = the largest cost; from a warm start,
        // for ε = the worst violation among residual arcs.
        var epsilon: Int64 = 1
        for v in 0..<nodeCount {
            for a in first[v]..<first[v + 1] where residual[a] > 0 { epsilon = max(epsilon, warm ? -reducedCost(a) : abs(cost[a])) }
        }
        epsilon *= alpha
        repeat {
            epsilon = max(1, epsilon / alpha)
            refine(epsilon)
        } while epsilon > 1
    }

    /// The column row `r` sends its unit to, or nil.
    func columnOf(row r: Int) -> Int? {
        let v = Self.row(r)
        for a in (first[v] + 1)..<first[v + 1] where residual[a] == 0 { return Int(head[a]) - 1 - rows }
        return nil
    }

    /// Reduced cost of arc `a` under the current prices.
    @inline(__always)
    func reducedCost(_ a: Int) -> Int64 { cost[a] + price[Int(head[Int(reverse[a])])] - price[Int(head[a])] }

    private mutating func refine(_ epsilon: Int64) {
        // Saturate every residual arc of negative reduced cost: the pseudoflow is then 0-optimal.
        for v in 0..<nodeCount {
            for a in first[v]..<first[v + 1] where residual[a] > 0 && cost[a] + price[v] - price[Int(head[a])] < 0 {
                let w = Int(head[a]), amount = residual[a]
                residual[a] = 0
                residual[Int(reverse[a])] += amount
                excess[v] -= Int64(amount)
                excess[w] += Int64(amount)
            }
        }
        var queue: [Int32] = []
        var queued = [Bool](repeating: false, count: nodeCount)
        for v in 0..<nodeCount where excess[v] > 0 {
            queue.append(Int32(v))
            queued[v] = true
        }
        for v in 0..<nodeCount { current[v] = first[v] }
        var position = 0
        head.withUnsafeBufferPointer { head in
        cost.withUnsafeBufferPointer { cost in
        reverse.withUnsafeBufferPointer { reverse in
        first.withUnsafeBufferPointer { first in
        residual.withUnsafeMutableBufferPointer { residual in
        price.withUnsafeMutableBufferPointer { price in
        excess.withUnsafeMutableBufferPointer { excess in
        current.withUnsafeMutableBufferPointer { current in
        while position < queue.count {
            let v = Int(queue[position])
            position += 1
            queued[v] = false
            while excess[v] > 0 {
                var a = current[v]
                let end = first[v + 1]
                while a < end {
                    if residual[a] > 0 {
                        let w = Int(head[a])
                        if cost[a] + price[v] - price[w] < 0 {
                            let amount = min(excess[v], Int64(residual[a]))
                            residual[a] -= Int32(amount)
                            residual[Int(reverse[a])] += Int32(amount)
                            excess[v] -= amount
                            excess[w] += amount
                            pushes += 1
                            if excess[w] > 0 && !queued[w] {
                                queued[w] = true
                                queue.append(Int32(w))
                            }
                            if excess[v] == 0 { break }
                        }
                    }
                    a += 1
                }
                current[v] = a
                if excess[v] > 0 {
                    // Relabel: lower the price just enough to make the best residual arc admissible.
                    var best = Int64.min
                    for b in first[v]..<end where residual[b] > 0 { best = max(best, price[Int(head[b])] - cost[b]) }
                    precondition(best != .min, "clearing flow: node \(v) has excess and no residual arc")
                    price[v] = best - epsilon
                    current[v] = first[v]
                    relabels += 1
                }
            }
            if position > 1 << 20 {  // Keep the queue short.
                queue.removeFirst(position)
                position = 0
            }
        }
        }}}}}}}}
    }
}
