/// Exact least-cost assignment of every row (student) to one of its candidate columns (places
/// with a capacity), by Goldberg–Kennedy cost scaling (CSA) specialised to this bipartite shape.
///
/// It solves a balanced problem: every column is filled exactly, by rows or by `slack` units
/// (one per place that stays empty, free in every real column), and rows that cannot all be
/// placed go to an `unplaced` column (cost 0 from every row, capacity: rows minus the most that
/// can be placed, closed to slack). Any such filling places exactly that most, so its least cost
/// is the least distance among maximum placements. Being balanced, each scaling phase may start
/// from nothing but the prices: no sink whose demand could run out mid-phase.
///
/// Costs are multiplied by `scale` (more than the node count), so the ε = 1 solution the last
/// phase leaves is optimal for the original integer costs: a residual cycle has fewer than
/// `scale` arcs, so it costs more than -1, hence at least 0.
///
/// What makes it fast at national scale: a unit's push is a "double push" (to its best column,
/// its price dropping to its second best); a column sends back from a max-heap of its holders
/// keyed by `holder price + cost`, fixed while held; slack finds the dearest columns in one
/// lazily refreshed heap of column prices (prices only fall). No step scans a column's incoming
/// arcs, so popular places and the virtual pools cost no more than quiet ones.
struct CostScalingAssignment {
    let rows: Int
    /// Real columns; the unplaced column, if any, is column `columns`.
    let columns: Int
    let slack: Int
    let scale: Int64
    let unplacedCapacity: Int32
    /// Scaled cost of leaving a row unplaced.
    let unplacedCost: Int64
    /// Columns slack may fill: the real ones, and the unplaced one when leaving a row unplaced
    /// has a cost (then how many rows are placed is what the solve decides).
    private let slackColumns: Int

    private let arcStart: [Int]
    private let arcColumn: [Int32]
    /// Scaled costs.
    private let arcCost: [Int64]
    private let capacity: [Int32]

    /// Prices of the rows, then of the slack units.
    private(set) var rowPrice: [Int64]
    private(set) var columnPrice: [Int64]
    /// Column per row or slack unit, -1 while it is unassigned.
    private(set) var assigned: [Int32]
    /// Scaled cost of each assigned arc.
    private var assignedCost: [Int64]
    private var holders: ColumnHeaps
    private var dearest: DearestColumns
    private(set) var pushes = 0
    private(set) var relabels = 0
    private(set) var phases = 0

    private static let none = TopTwo.none

    /// `unplacedCost`: 0 to find the least distance among the placements of `placeable` rows;
    /// with all arc costs 0, `placeable: 0` and cost 1, the solve finds the most rows that can be
    /// placed (it leaves the fewest unplaced).
    init(columnCapacity: [Int32], arcStart: [Int], arcColumn: [Int32], arcCost: [Int64], placeable: Int, unplacedCost: Int64 = 0) {
        rows = arcStart.count - 1
        columns = columnCapacity.count
        slack = columnCapacity.reduce(0) { $0 + Int($1) } - placeable
        precondition(slack >= 0, "clearing: more placeable than places")
        unplacedCapacity = Int32(rows - placeable)
        scale = Int64(rows + slack + columns + 3)
        self.arcStart = arcStart
        self.arcColumn = arcColumn
        let scale = self.scale
        self.arcCost = arcCost.map { $0 * scale }
        self.unplacedCost = unplacedCost * scale
        slackColumns = unplacedCost > 0 ? columns + 1 : columns
        capacity = columnCapacity + [unplacedCapacity]
        rowPrice = [Int64](repeating: 0, count: rows + slack)
        columnPrice = [Int64](repeating: 0, count: columns + 1)
        assigned = [Int32](repeating: -1, count: rows + slack)
        assignedCost = [Int64](repeating: 0, count: rows + slack)
        // A column holds at most its capacity plus the one unit it is about to send back.
        holders = ColumnHeaps(slots: capacity.map { Int($0) + 1 })
        dearest = DearestColumns(count: slackColumns)
    }

    /// Solves from zero prices, or from an earlier solve's prices and placements on a subset of
    /// these arcs (same rows and columns), starting at the precision that solve keeps on them.
    mutating func solve(warmStart: CostScalingAssignment? = nil, alpha: Int64 = 10) {
        var epsilon: Int64
        if let warm = warmStart {
            // Each phase starts from the prices alone; the earlier placements only say how far
            // from optimal those prices are on the new arcs, so which phase to start at.
            columnPrice = warm.columnPrice
            let dearestPrice = columnPrice[..<columns].max() ?? 0
            for r in 0..<rows {
                rowPrice[r] = warm.rowPrice[r]
                let c = Int(warm.assigned[r])
                guard c >= 0, let cost = cost(row: r, column: c) else { continue }
                assigned[r] = Int32(c)
                assignedCost[r] = cost
            }
            for u in rows..<(rows + slack) { rowPrice[u] = dearestPrice }
            epsilon = max(1, worstViolation())
        } else {
            epsilon = max(1, max(arcCost.max() ?? 0, unplacedCost) / alpha)
        }
        while true {
            refine(epsilon)
            phases += 1
            if epsilon == 1 { break }
            epsilon = max(1, epsilon / alpha)
        }
    }

    /// The real column row `r` is placed in, or nil (unplaced).
    func columnOf(row r: Int) -> Int? {
        let c = Int(assigned[r])
        return c >= 0 && c < columns ? c : nil
    }

    /// Scaled cost of the pair, if it is one of the row's arcs.
    func cost(row r: Int, column c: Int) -> Int64? {
        if c == columns { return unplacedCapacity > 0 ? unplacedCost : nil }
        for a in arcStart[r]..<arcStart[r + 1] where Int(arcColumn[a]) == c { return arcCost[a] }
        return nil
    }

    /// The most any residual arc's reduced cost falls below zero (0 if none does; an unassigned
    /// unit counts as violating by its whole price gap); the solution is optimal when this is at most 1.
    func worstViolation() -> Int64 {
        var worst: Int64 = 0
        for r in 0..<rows {
            let own = Int(assigned[r])
            forEachArc(row: r) { c, cost in
                let reduced = cost + rowPrice[r] - columnPrice[c]
                worst = max(worst, c == own ? reduced : -reduced)
            }
        }
        // Slack reaches every slack column at cost 0: only the two dearest can be its worst.
        var dearest = TopTwo()
        for c in 0..<slackColumns { dearest.offer(columnPrice[c], column: c, cost: 0) }
        for u in rows..<(rows + slack) {
            let own = Int(assigned[u])
            worst = max(worst, (own == dearest.column ? dearest.second : dearest.first) - rowPrice[u])
            if own >= 0 { worst = max(worst, rowPrice[u] - columnPrice[own]) }
        }
        return worst
    }

    private func forEachArc(row r: Int, _ body: (Int, Int64) -> Void) {
        for a in arcStart[r]..<arcStart[r + 1] { body(Int(arcColumn[a]), arcCost[a]) }
        if unplacedCapacity > 0 { body(columns, unplacedCost) }
    }

    /// One scaling phase: from nothing but the prices to an ε-optimal filling of every column.
    private mutating func refine(_ epsilon: Int64) {
        holders.removeAll()
        var active = [Int32]()
        active.reserveCapacity(rows + slack)
        for u in stride(from: rows + slack - 1, through: 0, by: -1) {
            assigned[u] = -1
            active.append(Int32(u))
        }
        while let u = active.popLast() {
            if let evicted = place(Int(u), epsilon: epsilon) { active.append(evicted) }
        }
        // All prices drift down together as units outbid each other; only differences matter,
        // so lift them back (dearest real column at 0) to keep them far from overflow.
        let lift = -(columnPrice[..<columns].max() ?? columnPrice[columns])
        for c in columnPrice.indices { columnPrice[c] += lift }
        for u in rowPrice.indices { rowPrice[u] += lift }
        dearest.shift(by: lift)
    }

    /// Double push: the unit goes to its best column at a price just below its second best; the
    /// column, if that overfills it, sends back the holder least attached to it. Returns that unit.
    @inline(__always)
    private mutating func place(_ u: Int, epsilon: Int64) -> Int32? {
        var choice = TopTwo()
        if u < rows {
            arcColumn.withUnsafeBufferPointer { arcColumn in
                arcCost.withUnsafeBufferPointer { arcCost in
                    columnPrice.withUnsafeBufferPointer { price in
                        for a in arcStart[u]..<arcStart[u + 1] {
                            let c = Int(arcColumn[a])
                            choice.offer(price[c] - arcCost[a], column: c, cost: arcCost[a])
                        }
                        if unplacedCapacity > 0 { choice.offer(price[columns] - unplacedCost, column: columns, cost: unplacedCost) }
                    }
                }
            }
        } else {
            (choice.column, choice.first, choice.second) = dearest.topTwo(prices: columnPrice)
        }
        let (best, first, second, bestCost) = (choice.column, choice.first, choice.second, choice.cost)
        precondition(best >= 0, "clearing: unit \(u) has no place to go")
        let price = (second == Self.none ? first : second) - epsilon
        rowPrice[u] = price
        assigned[u] = Int32(best)
        assignedCost[u] = bestCost
        pushes += 1
        let c = best
        holders.insert(column: c, key: price + bestCost, row: Int32(u))
        if holders.count(column: c) <= Int(capacity[c]) { return nil }
        let top = holders.topKey(column: c)
        if top <= columnPrice[c] {
            columnPrice[c] = top - epsilon
            relabels += 1
        }
        let evicted = holders.popMax(column: c)
        assigned[Int(evicted)] = -1
        return evicted
    }
}

/// The best and second-best values among the columns offered, with the best one's column and cost.
struct TopTwo {
    static let none = Int64.min / 4
    var first = none, second = none, column = -1, cost: Int64 = 0

    @inline(__always)
    mutating func offer(_ value: Int64, column c: Int, cost k: Int64) {
        if value > first {
            second = first
            first = value
            column = c
            cost = k
        } else if value > second {
            second = value
        }
    }
}

/// The real columns by price, dearest first, for slack units (free everywhere, so they go where
/// rows least want to be). Prices only fall, so a stale entry is refreshed when it surfaces.
struct DearestColumns {
    private var heap: [(price: Int64, column: Int32)]

    init(count: Int) {
        heap = (0..<count).map { (0, Int32($0)) }
    }

    /// Moves every price by the same amount, which keeps the heap's order.
    mutating func shift(by amount: Int64) {
        for i in heap.indices { heap[i].price += amount }
    }

    /// The dearest column, its price and the second dearest price (`TopTwo.none` if none).
    mutating func topTwo(prices: [Int64]) -> (Int, Int64, Int64) {
        guard let first = validTop(prices) else { return (-1, TopTwo.none, TopTwo.none) }
        let saved = heap[0]
        removeTop()
        let second = validTop(prices)?.price ?? TopTwo.none
        push(saved)
        return (Int(first.column), first.price, second)
    }

    private mutating func validTop(_ prices: [Int64]) -> (price: Int64, column: Int32)? {
        while let top = heap.first {
            let current = prices[Int(top.column)]
            if current == top.price { return top }
            removeTop()
            push((current, top.column))
        }
        return nil
    }

    private mutating func push(_ entry: (price: Int64, column: Int32)) {
        var i = heap.count
        heap.append(entry)
        while i > 0 {
            let parent = (i - 1) / 2
            guard heap[parent].price < entry.price else { break }
            heap[i] = heap[parent]
            i = parent
        }
        heap[i] = entry
    }

    private mutating func removeTop() {
        let last = heap.removeLast()
        guard !heap.isEmpty else { return }
        var i = 0
        let n = heap.count
        while true {
            var child = 2 * i + 1
            if child >= n { break }
            if child + 1 < n && heap[child + 1].price > heap[child].price { child += 1 }
            guard heap[child].price > last.price else { break }
            heap[i] = heap[child]
            i = child
        }
        heap[i] = last
    }
}

/// One max-heap of (key, row) per column, in a single flat allocation.
struct ColumnHeaps {
    private let start: [Int]
    private var count: [Int32]
    private var key: [Int64]
    private var row: [Int32]

    init(slots: [Int]) {
        var start = [0]
        start.reserveCapacity(slots.count + 1)
        for s in slots { start.append(start.last! + s) }
        self.start = start
        count = [Int32](repeating: 0, count: slots.count)
        key = [Int64](repeating: 0, count: start.last!)
        row = [Int32](repeating: 0, count: start.last!)
    }

    mutating func removeAll() {
        for c in count.indices { count[c] = 0 }
    }

    func count(column c: Int) -> Int { Int(count[c]) }

    func topKey(column c: Int) -> Int64 { key[start[c]] }

    mutating func insert(column c: Int, key k: Int64, row r: Int32) {
        let base = start[c]
        var i = Int(count[c])
        precondition(base + i < start[c + 1], "clearing: place \(c) holds more than its capacity")
        count[c] += 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard key[base + parent] < k else { break }
            key[base + i] = key[base + parent]
            row[base + i] = row[base + parent]
            i = parent
        }
        key[base + i] = k
        row[base + i] = r
    }

    mutating func popMax(column c: Int) -> Int32 {
        let base = start[c]
        let top = row[base]
        count[c] -= 1
        let n = Int(count[c])
        let k = key[base + n], r = row[base + n]
        var i = 0
        while true {
            var child = 2 * i + 1
            if child >= n { break }
            if child + 1 < n && key[base + child + 1] > key[base + child] { child += 1 }
            guard key[base + child] > k else { break }
            key[base + i] = key[base + child]
            row[base + i] = row[base + child]
            i = child
        }
        key[base + i] = k
        row[base + i] = r
        return top
    }
}
