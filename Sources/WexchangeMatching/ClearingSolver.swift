/// The clearing assignment as a min-cost assignment with a "stay unplaced" column: every row
/// (student) takes a real column (a place, at its distance in mm) or the unplaced column (at the
/// penalty `unplacedCost`, larger than any total distance, so placing one more student always
/// beats any saving in distance). Solved by successive shortest augmenting paths (Hungarian
/// method, Jonker–Volgenant style): each row in turn searches, by Dijkstra on reduced costs, for
/// the cheapest way in, stopping at the first free place; only the duals of what the search
/// touched move, so a search stays local where places are plentiful.
///
/// Invariants (checked by `ClearingCertificate`): every arc has reduced cost
/// `cost - u[row] - v[column] >= 0`, held arcs have 0, a column with room has `v == 0`, all
/// `v <= 0`. With those, LP duality proves the assignment optimal on the arcs given.
struct ClearingSolver {
    static let unplaced: Int32 = -1
    static let unprocessed: Int32 = -2

    let columnCapacity: [Int32]
    let arcStart: [Int]
    var arcColumn: [Int32]
    var arcCost: [Int64]
    let unplacedCost: Int64

    private(set) var rowColumn: [Int32]
    private(set) var u: [Int64]
    private(set) var v: [Int64]
    private(set) var load: [Int32]
    private var rowSlot: [Int]
    private var slots: [Int32]
    private let slotStart: [Int]

    // Search scratch, reused across rows; a stamp marks what belongs to the current search.
    private var stamp: [UInt32]
    private var settled: [UInt32]
    private var search: UInt32 = 0
    private var dist: [Int64]
    private var predecessor: [Int32]
    private var heapDist: [Int64] = []
    private var heapColumn: [Int32] = []
    private var scannedRows: [(row: Int32, dist: Int64)] = []
    private var settledColumns: [Int32] = []
    private(set) var columnsSettled = 0

    init(columnCapacity: [Int32], arcStart: [Int], arcColumn: [Int32], arcCost: [Int64], unplacedCost: Int64) {
        let rows = arcStart.count - 1, columns = columnCapacity.count
        self.columnCapacity = columnCapacity
        self.arcStart = arcStart
        self.arcColumn = arcColumn
        self.arcCost = arcCost
        self.unplacedCost = unplacedCost
        rowColumn = [Int32](repeating: Self.unprocessed, count: rows)
        rowSlot = [Int](repeating: -1, count: rows)
        u = [Int64](repeating: 0, count: rows)
        v = [Int64](repeating: 0, count: columns)
        load = [Int32](repeating: 0, count: columns)
        var start = [Int](repeating: 0, count: columns + 1)
        for c in 0..<columns { start[c + 1] = start[c] + Int(columnCapacity[c]) }
        slotStart = start
        slots = [Int32](repeating: -1, count: start[columns])
        stamp = [UInt32](repeating: 0, count: columns)
        settled = [UInt32](repeating: 0, count: columns)
        dist = [Int64](repeating: 0, count: columns)
        predecessor = [Int32](repeating: -1, count: columns)
    }

    var rowCount: Int { rowColumn.count }

    /// Rows held by column `c`.
    func rows(in c: Int) -> ArraySlice<Int32> { slots[slotStart[c]..<(slotStart[c] + Int(load[c]))] }

    /// Adds every row in `order`, reporting how many are done now and then.
    mutating func solve(order: [Int32], progress: (Int) -> Void) {
        let step = max(1, order.count / 20)
        for (done, row) in order.enumerated() {
            insert(Int(row))
            if (done + 1) % step == 0 { progress(done + 1) }
        }
    }

    private mutating func insert(_ start: Int) {
        search &+= 1
        if search == 0 {  // The stamp wrapped: clear, so no old mark reads as current.
            for c in stamp.indices { stamp[c] = 0; settled[c] = 0 }
            search = 1
        }
        heapDist.removeAll(keepingCapacity: true)
        heapColumn.removeAll(keepingCapacity: true)
        scannedRows.removeAll(keepingCapacity: true)
        settledColumns.removeAll(keepingCapacity: true)
        var unplacedDist = Int64.max, unplacedPredecessor = -1

        var terminal = -1
        var total: Int64 = 0
        scan(row: start, at: 0, unplacedDist: &unplacedDist, unplacedPredecessor: &unplacedPredecessor)
        while true {
            guard let next = popMin() else { total = unplacedDist; break }
            let (d, c) = next
            if d > unplacedDist { total = unplacedDist; break }
            if load[c] < columnCapacity[c] { terminal = c; total = d; break }
            settled[c] = search
            settledColumns.append(Int32(c))
            for slot in slotStart[c]..<(slotStart[c] + Int(load[c])) {
                scan(row: Int(slots[slot]), at: d, unplacedDist: &unplacedDist, unplacedPredecessor: &unplacedPredecessor)
            }
        }
        columnsSettled += settledColumns.count

        // Move the duals of everything the search settled, keeping every reduced cost >= 0 and
        // making the path found tight.
        for (row, d) in scannedRows { u[Int(row)] += total - d }
        for c in settledColumns { v[Int(c)] -= total - dist[Int(c)] }

        // Shift the rows along the path: the last row moves to the terminal, each earlier row
        // into the place the next one left.
        var row = terminal >= 0 ? Int(predecessor[terminal]) : unplacedPredecessor
        var target = Int32(terminal)
        var targetSlot = -1
        if terminal >= 0 {
            targetSlot = slotStart[terminal] + Int(load[terminal])
            load[terminal] += 1
        }
        while true {
            let previous = rowColumn[row], previousSlot = rowSlot[row]
            rowColumn[row] = target
            rowSlot[row] = targetSlot
            if targetSlot >= 0 { slots[targetSlot] = Int32(row) }
            if previous == Self.unprocessed { break }
            target = previous
            targetSlot = previousSlot
            row = Int(predecessor[Int(previous)])
        }
    }

    private mutating func scan(row: Int, at d: Int64, unplacedDist: inout Int64, unplacedPredecessor: inout Int) {
        scannedRows.append((Int32(row), d))
        let base = d - u[row]
        for arc in arcStart[row]..<arcStart[row + 1] {
            let c = Int(arcColumn[arc])
            if settled[c] == search { continue }
            let candidate = base + arcCost[arc] - v[c]
            if stamp[c] != search || candidate < dist[c] {
                stamp[c] = search
                dist[c] = candidate
                predecessor[c] = Int32(row)
                push(candidate, c)
            }
        }
        let viaUnplaced = base + unplacedCost
        if viaUnplaced < unplacedDist {
            unplacedDist = viaUnplaced
            unplacedPredecessor = row
        }
    }

    // A binary min-heap of (distance, column) with lazy deletion; ties break by column index so
    // the search, and so the result, is deterministic.
    private mutating func push(_ d: Int64, _ c: Int) {
        var child = heapDist.count
        heapDist.append(d)
        heapColumn.append(Int32(c))
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.less(d, Int32(c), heapDist[parent], heapColumn[parent]) else { break }
            heapDist[child] = heapDist[parent]
            heapColumn[child] = heapColumn[parent]
            child = parent
        }
        heapDist[child] = d
        heapColumn[child] = Int32(c)
    }

    private mutating func popMin() -> (Int64, Int)? {
        while let d = heapDist.first {
            let c = Int(heapColumn[0])
            let lastDist = heapDist.removeLast(), lastColumn = heapColumn.removeLast()
            if !heapDist.isEmpty {
                var parent = 0
                let count = heapDist.count
                while true {
                    var child = 2 * parent + 1
                    guard child < count else { break }
                    if child + 1 < count && Self.less(heapDist[child + 1], heapColumn[child + 1], heapDist[child], heapColumn[child]) {
                        child += 1
                    }
                    guard Self.less(heapDist[child], heapColumn[child], lastDist, lastColumn) else { break }
                    heapDist[parent] = heapDist[child]
                    heapColumn[parent] = heapColumn[child]
                    parent = child
                }
                heapDist[parent] = lastDist
                heapColumn[parent] = lastColumn
            }
            if settled[c] == search || d != dist[c] { continue }  // A stale entry.
            return (d, c)
        }
        return nil
    }

    @inline(__always)
    private static func less(_ a: Int64, _ ca: Int32, _ b: Int64, _ cb: Int32) -> Bool {
        a != b ? a < b : ca < cb
    }

    /// Adds arcs (found missing by the certificate) for a fresh solve.
    static func withExtraArcs(_ arcs: (start: [Int], column: [Int32], cost: [Int64]), extra: [Int: [(Int32, Int64)]]) -> (start: [Int], column: [Int32], cost: [Int64]) {
        var start = [0], column: [Int32] = [], cost: [Int64] = []
        for row in 0..<(arcs.start.count - 1) {
            for arc in arcs.start[row]..<arcs.start[row + 1] {
                column.append(arcs.column[arc])
                cost.append(arcs.cost[arc])
            }
            for (c, k) in extra[row] ?? [] {
                column.append(c)
                cost.append(k)
            }
            start.append(column.count)
        }
        return (start, column, cost)
    }
}
