import Foundation

/// A point on the Earth in WGS84 decimal degrees.
public struct Coordinate: Hashable, Sendable, Codable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    public var isValid: Bool {
        latitude.isFinite && longitude.isFinite && (-90...90).contains(latitude) && (-180...180).contains(longitude)
    }
}

/// Great-circle distances on a sphere of radius 6371.0 km.
public enum GreatCircle {
    public static let earthRadiusKm = 6371.0

    /// The haversine formula.
    public static func distanceKm(_ a: Coordinate, _ b: Coordinate) -> Double {
        let φ1 = a.latitude * .pi / 180, φ2 = b.latitude * .pi / 180
        let Δφ = φ2 - φ1, Δλ = (b.longitude - a.longitude) * .pi / 180
        let h = sin(Δφ / 2) * sin(Δφ / 2) + cos(φ1) * cos(φ2) * sin(Δλ / 2) * sin(Δλ / 2)
        return 2 * earthRadiusKm * asin(min(1, sqrt(h)))
    }
}

/// A coordinate as a point on the unit sphere. The squared straight-line (chord) distance between
/// two such points orders pairs exactly as the great-circle distance does, costs three multiply-adds
/// instead of five trigonometric calls, and converts back exactly: chord/2 is the haversine term √h.
public struct UnitVector: Hashable, Sendable {
    public var x: Double, y: Double, z: Double

    public init(_ c: Coordinate) {
        let φ = c.latitude * .pi / 180, λ = c.longitude * .pi / 180
        x = cos(φ) * cos(λ)
        y = cos(φ) * sin(λ)
        z = sin(φ)
    }

    @inlinable
    public init(x: Double, y: Double, z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }

    @inlinable
    public func chordSquared(to o: UnitVector) -> Double {
        let dx = x - o.x, dy = y - o.y, dz = z - o.z
        return dx * dx + dy * dy + dz * dz
    }

    /// The squared chord of an arc of `km` on the Earth.
    public static func chordSquared(forKm km: Double) -> Double {
        let half = sin(min(km / GreatCircle.earthRadiusKm, .pi) / 2)
        return 4 * half * half
    }

    /// The great-circle distance in km of an arc whose squared chord is `c2`.
    public static func kilometres(chordSquared c2: Double) -> Double {
        2 * GreatCircle.earthRadiusKm * asin(min(1, sqrt(c2) / 2))
    }
}
