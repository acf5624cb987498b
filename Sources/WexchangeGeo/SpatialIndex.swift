import Foundation

/// A fixed grid over latitude/longitude for radius queries. Points are addressed by the index
/// they had in the array the grid was built from; the grid keeps them sorted by cell, so a query
/// touches only the few cells that overlap the circle's bounding box.
public struct SpatialIndex: Sendable {
    /// The default cell size in degrees: about 11 km north–south, 7–11 km east–west across Great
    /// Britain. Good for `forEach` with radii of a few km (a dictionary lookup per cell);
    /// `forEachRun` costs per grid row instead, so a finer grid suits it (see `CatalogueIndex`).
    public static let defaultCellDegrees = 0.1

    @usableFromInline let cellDegrees: Double
    /// Point vectors, indices and cell keys, all sorted by cell, so a query reads memory in order.
    @usableFromInline let vectors: [UnitVector]
    @usableFromInline let order: [Int32]
    @usableFromInline let keys: [Int64]
    /// Cell key → range in `order`.
    @usableFromInline let cells: [Int64: Range<Int>]

    /// Builds the index over `points`; nil entries (no location) are left out.
    public init(points: [Coordinate?], cellDegrees: Double = defaultCellDegrees) {
        precondition(cellDegrees > 0.001 && cellDegrees <= 1, "cell size \(cellDegrees)° is outside 0.001–1°")
        self.cellDegrees = cellDegrees
        var keyed: [(key: Int64, index: Int32)] = []
        keyed.reserveCapacity(points.count)
        for (index, point) in points.enumerated() {
            guard let point else { continue }
            keyed.append((Self.cellKey(point, cellDegrees: cellDegrees), Int32(index)))
        }
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        var cells: [Int64: Range<Int>] = [:]
        var start = 0
        for position in keyed.indices where position + 1 == keyed.count || keyed[position + 1].key != keyed[position].key {
            cells[keyed[position].key] = start..<(position + 1)
            start = position + 1
        }
        self.vectors = keyed.map { UnitVector(points[Int($0.index)]!) }
        self.order = keyed.map(\.index)
        self.keys = keyed.map(\.key)
        self.cells = cells
    }

    /// Calls `body` with the index and squared chord distance (see `UnitVector`) of every point
    /// within `radiusKm` of `center`, in no particular order. Inlinable, so a caller's `body` is
    /// specialised into the scan (search counts every listing in the radius through it).
    @inlinable
    public func forEach(within radiusKm: Double, of center: Coordinate, _ body: (Int, Double) -> Void) {
        let centerVector = UnitVector(center)
        let limit = UnitVector.chordSquared(forKm: radiusKm)
        let dLat = radiusKm / (GreatCircle.earthRadiusKm * .pi / 180)
        let maxLat = min(89.9, abs(center.latitude) + dLat)
        let dLon = min(180, dLat / cos(maxLat * .pi / 180))
        let rowLow = cell(center.latitude - dLat), rowHigh = cell(center.latitude + dLat)
        let colLow = cell(center.longitude - dLon), colHigh = cell(center.longitude + dLon)
        vectors.withUnsafeBufferPointer { vectors in
            order.withUnsafeBufferPointer { order in
                for row in rowLow...rowHigh {
                    for col in colLow...colHigh {
                        guard let range = cells[Self.key(row: row, col: col)] else { continue }
                        for position in range {
                            let c2 = vectors[position].chordSquared(to: centerVector)
                            if c2 <= limit { body(Int(order[position]), c2) }
                        }
                    }
                }
            }
        }
    }

    /// Like `forEach`, but hands over whole runs of points at once where the grid cells lie
    /// entirely inside the circle: `inside` gets ranges of *positions* (see `index(at:)`), every
    /// point of which is within `radiusKm`, with a lower bound on their squared chords (see
    /// `UnitVector`) from the row's latitudes, so a caller keeping the nearest few can skip a run
    /// that cannot beat them; `boundary` gets the index and squared chord of each
    /// point within `radiusKm` in the cells the circle's edge crosses. Each grid row gives at most
    /// one inside run (its inside cells are consecutive), found from the circle's width at the
    /// row's edges, so a fine grid costs a few binary searches per row, not a lookup per cell.
    @inlinable
    public func forEachRun(
        within radiusKm: Double, of center: Coordinate, inside: (Range<Int>, Double) -> Void, boundary: (Int, Double) -> Void
    ) {
        guard !keys.isEmpty else { return }
        let centerVector = UnitVector(center)
        let limit = UnitVector.chordSquared(forKm: radiusKm)
        // A cell is inside when its four corners are: on a sphere, the farthest point of a
        // latitude/longitude box from any point is one of its corners. The margin keeps the bulk
        // answer identical to the per-point test for points within rounding error of the edge.
        let insideLimit = limit * (1 - 1e-9)
        let radians = Double.pi / 180
        let angle = min(radiusKm / GreatCircle.earthRadiusKm, .pi)
        let cosAngle = cos(angle), sinAngle = sin(angle)
        let centerLat = center.latitude * radians
        let sinCenter = sin(centerLat), cosCenter = cos(centerLat)
        /// Half the circle's width in longitude (radians) along the parallel at `lat`; nil when
        /// the parallel misses the circle.
        func halfWidth(sinLat: Double, cosLat: Double) -> Double? {
            let across = cosLat * cosCenter
            guard across > 1e-12 else { return sinLat * sinCenter >= cosAngle ? .pi : nil }
            let cosHalfWidth = (cosAngle - sinLat * sinCenter) / across
            return cosHalfWidth > 1 ? nil : cosHalfWidth <= -1 ? .pi : acos(cosHalfWidth)
        }
        // The circle is widest at the parallel where its edge runs due north; any row reaching
        // that parallel (or the centre's) needs the widest span.
        let widest = sinAngle >= cosCenter ? Double.pi : asin(sinAngle / cosCenter)
        let widestLat = asin(min(1, sinCenter / max(cosAngle, 1e-12)))
        let dLat = angle / radians
        let rowLow = cell(max(-90, center.latitude - dLat)), rowHigh = cell(min(90, center.latitude + dLat))
        /// Whether the grid line `col` at the parallel (`sinLat`, `cosLat`) is within the inside limit.
        func cornerInside(sinLat: Double, cosLat: Double, col: Int64) -> Bool {
            let lon = Double(col) * cellDegrees * radians
            let corner = UnitVector(x: cosLat * cos(lon), y: cosLat * sin(lon), z: sinLat)
            return corner.chordSquared(to: centerVector) <= insideLimit
        }
        vectors.withUnsafeBufferPointer { vectors in
            order.withUnsafeBufferPointer { order in
                keys.withUnsafeBufferPointer { keys in
                    /// The first position whose cell key is `key` or more.
                    func firstPosition(from key: Int64) -> Int {
                        var low = 0, high = keys.count
                        while low < high {
                            let middle = (low + high) >> 1
                            if keys[middle] < key { low = middle + 1 } else { high = middle }
                        }
                        return low
                    }
                    func checkEach(_ positions: Range<Int>) {
                        for position in positions {
                            let c2 = vectors[position].chordSquared(to: centerVector)
                            if c2 <= limit { boundary(Int(order[position]), c2) }
                        }
                    }
                    func visit(row: Int64) {
                        let south = Double(row) * cellDegrees * radians, north = Double(row + 1) * cellDegrees * radians
                        let sinSouth = sin(south), cosSouth = cos(south), sinNorth = sin(north), cosNorth = cos(north)
                        let southWidth = halfWidth(sinLat: sinSouth, cosLat: cosSouth)
                        let northWidth = halfWidth(sinLat: sinNorth, cosLat: cosNorth)
                        let reachesWidest = south <= max(centerLat, widestLat) && north >= min(centerLat, widestLat)
                        let edgeWidth = max(southWidth ?? -1, northWidth ?? -1)
                        guard reachesWidest || edgeWidth >= 0 else { return }
                        let rowWidth = reachesWidest ? widest : edgeWidth
                        // A margin well above acos's rounding near 1: scanning a little more is harmless.
                        let outer = min(Double.pi, rowWidth + 1e-6) / radians
                        let colLow = cell(center.longitude - outer), colHigh = cell(center.longitude + outer)
                        let rowStart = firstPosition(from: Self.key(row: row, col: colLow))
                        let rowEnd = firstPosition(from: Self.key(row: row, col: colHigh + 1))
                        guard rowStart < rowEnd else { return }
                        // Inside columns: both edges of the cell within the narrower of the row's two widths,
                        // then checked exactly at the outermost grid lines (every line between is nearer).
                        var insideLow = colHigh + 1, insideHigh = colHigh
                        if let southWidth, let northWidth {
                            let inner = min(southWidth, northWidth) / radians
                            insideLow = max(colLow, Int64(((center.longitude - inner) / cellDegrees).rounded(.up)))
                            insideHigh = min(colHigh, Int64(((center.longitude + inner) / cellDegrees).rounded(.down)) - 1)
                            while insideLow <= insideHigh,
                                !(cornerInside(sinLat: sinSouth, cosLat: cosSouth, col: insideLow)
                                    && cornerInside(sinLat: sinNorth, cosLat: cosNorth, col: insideLow))
                            { insideLow += 1 }
                            while insideLow <= insideHigh,
                                !(cornerInside(sinLat: sinSouth, cosLat: cosSouth, col: insideHigh + 1)
                                    && cornerInside(sinLat: sinNorth, cosLat: cosNorth, col: insideHigh + 1))
                            { insideHigh -= 1 }
                        }
                        guard insideLow <= insideHigh else { checkEach(rowStart..<rowEnd); return }
                        let insideStart = firstPosition(from: Self.key(row: row, col: insideLow))
                        let insideEnd = firstPosition(from: Self.key(row: row, col: insideHigh + 1))
                        checkEach(rowStart..<insideStart)
                        if insideStart < insideEnd {
                            // No point of the row is nearer than its nearer edge along the meridian.
                            let gap = centerLat < south ? south - centerLat : centerLat > north ? centerLat - north : 0
                            let half = sin(gap / 2)
                            inside(insideStart..<insideEnd, 4 * half * half * (1 - 1e-9))
                        }
                        checkEach(insideEnd..<rowEnd)
                    }
                    // The centre's row first, then outwards: the nearest listings come early, so a
                    // caller keeping the nearest few soon has a tight bound and rejects the rest cheaply.
                    let centerRow = min(max(cell(center.latitude), rowLow), rowHigh)
                    visit(row: centerRow)
                    for step in 1...max(1, max(centerRow - rowLow, rowHigh - centerRow)) {
                        if centerRow + step <= rowHigh { visit(row: centerRow + step) }
                        if centerRow - step >= rowLow { visit(row: centerRow - step) }
                    }
                }
            }
        }
    }

    /// The index (in the array the grid was built from) of the point at `position`.
    @inlinable public func index(at position: Int) -> Int { Int(order[position]) }

    /// The squared chord from the point at `position` to `vector`.
    @inlinable public func chordSquared(at position: Int, to vector: UnitVector) -> Double { vectors[position].chordSquared(to: vector) }

    /// Whether every point's position is its index: true when the points were given in grid-cell
    /// order with the nil ones last (see `cellKey`), which lets a caller read `inside` runs as
    /// ranges of its own array.
    public var positionsAreIndices: Bool { order.indices.allSatisfy { Int(order[$0]) == $0 } }

    /// The indices of every point within `radiusKm` of `center`.
    public func indices(within radiusKm: Double, of center: Coordinate) -> [Int] {
        var found: [Int] = []
        forEach(within: radiusKm, of: center) { index, _ in found.append(index) }
        return found
    }

    @usableFromInline func cell(_ degrees: Double) -> Int64 { Self.cell(degrees, cellDegrees: cellDegrees) }
    @usableFromInline static func cell(_ degrees: Double, cellDegrees: Double) -> Int64 { Int64((degrees / cellDegrees).rounded(.down)) }
    /// Row-major: a row's cells are consecutive keys (columns stay within ±180,000 at any cell size allowed).
    @usableFromInline static func key(row: Int64, col: Int64) -> Int64 { row &* 1_000_000 &+ col }

    /// The grid cell of a point. Callers that store data per point can lay it out in this order
    /// so that a radius query reads their memory sequentially too.
    public static func cellKey(_ c: Coordinate, cellDegrees: Double = defaultCellDegrees) -> Int64 {
        key(row: cell(c.latitude, cellDegrees: cellDegrees), col: cell(c.longitude, cellDegrees: cellDegrees))
    }
}
