/// Hopcroft–Karp for a bipartite matching with column capacities: the most students that can be
/// placed on the given candidate pairs. Each phase is one breadth-first search from every
/// unplaced row plus depth-first augmentation along the layers, so congestion costs phases, not
/// one search per student.
struct MaximumPlacement {
    private(set) var rowColumn: [Int32]
    private(set) var placed = 0

    init(columnCapacity: [Int32], arcStart: [Int], arcColumn: [Int32]) {
        let rows = arcStart.count - 1, columns = columnCapacity.count
        var rowColumn = [Int32](repeating: -1, count: rows)
        var slotStart = [Int](repeating: 0, count: columns + 1)
        for c in 0..<columns { slotStart[c + 1] = slotStart[c] + Int(columnCapacity[c]) }
        var slots = [Int32](repeating: -1, count: slotStart[columns])
        var rowSlot = [Int](repeating: -1, count: rows)
        var load = [Int32](repeating: 0, count: columns)
        var placed = 0

        func place(_ r: Int, in c: Int, slot: Int) {
            rowColumn[r] = Int32(c)
            rowSlot[r] = slot
            slots[slot] = Int32(r)
        }
        // Greedy start: each row takes its first candidate with room.
        for r in 0..<rows {
            for arc in arcStart[r]..<arcStart[r + 1] {
                let c = Int(arcColumn[arc])
                if load[c] < columnCapacity[c] {
                    place(r, in: c, slot: slotStart[c] + Int(load[c]))
                    load[c] += 1
                    placed += 1
                    break
                }
            }
        }

        let unreached = Int32.max
        var layer = [Int32](repeating: unreached, count: rows)
        var next = [Int](repeating: 0, count: rows)
        var nextSlot = [Int](repeating: 0, count: rows)
        var queue: [Int32] = []
        while true {
            // Layers from every unplaced row, up to the first layer that reaches a place with room.
            queue.removeAll(keepingCapacity: true)
            for r in 0..<rows {
                layer[r] = rowColumn[r] < 0 ? 0 : unreached
                if rowColumn[r] < 0 { queue.append(Int32(r)) }
                next[r] = arcStart[r]
                nextSlot[r] = 0
            }
            var limit = unreached, position = 0
            while position < queue.count {
                let r = Int(queue[position])
                position += 1
                if layer[r] >= limit { break }
                for arc in arcStart[r]..<arcStart[r + 1] {
                    let c = Int(arcColumn[arc])
                    if c == Int(rowColumn[r]) { continue }
                    if load[c] < columnCapacity[c] {
                        limit = min(limit, layer[r] + 1)
                        continue
                    }
                    for slot in slotStart[c]..<(slotStart[c] + Int(load[c])) {
                        let other = Int(slots[slot])
                        if layer[other] == unreached {
                            layer[other] = layer[r] + 1
                            queue.append(Int32(other))
                        }
                    }
                }
            }
            if limit == unreached { break }

            // Vertex-disjoint augmenting paths along the layers, depth first without recursion.
            var found = 0
            var stack: [Int] = []
            for start in 0..<rows where rowColumn[start] < 0 && layer[start] == 0 {
                stack.removeAll(keepingCapacity: true)
                stack.append(start)
                while let r = stack.last {
                    if next[r] == arcStart[r + 1] || layer[r] >= limit {
                        layer[r] = unreached  // A dead end for the rest of this phase.
                        stack.removeLast()
                        continue
                    }
                    let c = Int(arcColumn[next[r]])
                    if c == Int(rowColumn[r]) {
                        next[r] += 1
                        nextSlot[r] = 0
                        continue
                    }
                    if load[c] < columnCapacity[c] {
                        // Shift along the path: the last row takes the free slot, each earlier row
                        // the slot its successor leaves.
                        var targetColumn = c, targetSlot = slotStart[c] + Int(load[c])
                        load[c] += 1
                        for row in stack.reversed() {
                            let oldColumn = Int(rowColumn[row]), oldSlot = rowSlot[row]
                            place(row, in: targetColumn, slot: targetSlot)
                            layer[row] = unreached
                            targetColumn = oldColumn
                            targetSlot = oldSlot
                        }
                        found += 1
                        break
                    }
                    // A full place: try its rows one by one (the next layer only).
                    if nextSlot[r] < Int(load[c]) {
                        let other = Int(slots[slotStart[c] + nextSlot[r]])
                        nextSlot[r] += 1
                        if layer[other] == layer[r] + 1 { stack.append(other) }
                        continue
                    }
                    next[r] += 1
                    nextSlot[r] = 0
                }
            }
            if found == 0 { break }
            placed += found
        }
        self.rowColumn = rowColumn
        self.placed = placed
    }
}
