import Foundation

/// A fixed grid over latitude/longitude for radius queries. Points are addressed by the index
/// they had in the array the grid was built from; the grid keeps them sorted by cell, so a query
/// touches only the few cells that overlap the circle's bounding box.
public struct SpatialIndex: Sendable {
    /// Cell size in degrees: about 11 km north–south, 7–11 km east–west across Great Britain.
    @usableFromInline static let cellDegrees = 0.1

    /// Point vectors and indices, both sorted by cell, so a query reads memory in order.
    @usableFromInline let vectors: [UnitVector]
    @usableFromInline let order: [Int32]
    /// Cell key → range in `order`.
    @usableFromInline let cells: [Int64: Range<Int>]

    /// Builds the index over `points`; nil entries (no location) are left out.
    public init(points: [Coordinate?]) {
        var keyed: [(key: Int64, index: Int32)] = []
        keyed.reserveCapacity(points.count)
        for (index, point) in points.enumerated() {
            guard let point else { continue }
            keyed.append((Self.cellKey(point), Int32(index)))
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
        let rowLow = Self.cell(center.latitude - dLat), rowHigh = Self.cell(center.latitude + dLat)
        let colLow = Self.cell(center.longitude - dLon), colHigh = Self.cell(center.longitude + dLon)
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

    /// Like `forEach`, but hands over whole runs of points at once when their grid cells lie
    /// entirely inside the circle: `inside` gets ranges of *positions* (see `index(at:)`), every
    /// point of which is within `radiusKm`; `boundary` gets the index and squared chord of each
    /// point within `radiusKm` in the cells the circle's edge crosses. Consecutive inside cells of
    /// a grid row arrive as one range, so a caller can filter and count them in bulk.
    @inlinable
    public func forEachRun(within radiusKm: Double, of center: Coordinate, inside: (Range<Int>) -> Void, boundary: (Int, Double) -> Void) {
        let centerVector = UnitVector(center)
        let limit = UnitVector.chordSquared(forKm: radiusKm)
        // A cell is inside when its four corners are: on a sphere, the farthest point of a
        // latitude/longitude box from any point is one of its corners. The margin keeps the bulk
        // answer identical to the per-point test for points within rounding error of the edge.
        let insideLimit = limit * (1 - 1e-9)
        let dLat = radiusKm / (GreatCircle.earthRadiusKm * .pi / 180)
        let maxLat = min(89.9, abs(center.latitude) + dLat)
        let dLon = min(180, dLat / cos(maxLat * .pi / 180))
        let rowLow = Self.cell(center.latitude - dLat), rowHigh = Self.cell(center.latitude + dLat)
        let colLow = Self.cell(center.longitude - dLon), colHigh = Self.cell(center.longitude + dLon)
        // Sines and cosines of the grid lines once, not per corner.
        let lineLons = (colLow...(colHigh + 1)).map { Double($0) * Self.cellDegrees * .pi / 180 }
        let cosLon = lineLons.map { cos($0) }, sinLon = lineLons.map { sin($0) }
        func cornerInside(cosLat: Double, sinLat: Double, line: Int) -> Bool {
            let corner = UnitVector(x: cosLat * cosLon[line], y: cosLat * sinLon[line], z: sinLat)
            return corner.chordSquared(to: centerVector) <= insideLimit
        }
        vectors.withUnsafeBufferPointer { vectors in
            order.withUnsafeBufferPointer { order in
                var nextLat = Double(rowLow) * Self.cellDegrees * .pi / 180
                var cosSouth = cos(nextLat), sinSouth = sin(nextLat)
                for row in rowLow...rowHigh {
                    nextLat = Double(row + 1) * Self.cellDegrees * .pi / 180
                    let cosNorth = cos(nextLat), sinNorth = sin(nextLat)
                    defer { cosSouth = cosNorth; sinSouth = sinNorth }
                    var pending: Range<Int>? = nil
                    for col in colLow...colHigh {
                        guard let range = cells[Self.key(row: row, col: col)] else { continue }
                        let west = Int(col - colLow), east = west + 1
                        let isInside = cornerInside(cosLat: cosSouth, sinLat: sinSouth, line: west)
                            && cornerInside(cosLat: cosSouth, sinLat: sinSouth, line: east)
                            && cornerInside(cosLat: cosNorth, sinLat: sinNorth, line: west)
                            && cornerInside(cosLat: cosNorth, sinLat: sinNorth, line: east)
                        if isInside {
                            if let run = pending, run.upperBound == range.lowerBound {
                                pending = run.lowerBound..<range.upperBound
                            } else {
                                if let run = pending { inside(run) }
                                pending = range
                            }
                            continue
                        }
                        if let run = pending { inside(run); pending = nil }
                        for position in range {
                            let c2 = vectors[position].chordSquared(to: centerVector)
                            if c2 <= limit { boundary(Int(order[position]), c2) }
                        }
                    }
                    if let run = pending { inside(run) }
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

    @usableFromInline static func cell(_ degrees: Double) -> Int64 { Int64((degrees / cellDegrees).rounded(.down)) }
    @usableFromInline static func key(row: Int64, col: Int64) -> Int64 { row &* 10_000 &+ col }

    /// The grid cell of a point. Callers that store data per point can lay it out in this order
    /// so that a radius query reads their memory sequentially too.
    public static func cellKey(_ c: Coordinate) -> Int64 { key(row: cell(c.latitude), col: cell(c.longitude)) }
}
