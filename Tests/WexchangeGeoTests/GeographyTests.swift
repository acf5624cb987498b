import Foundation
import Testing
@testable import WexchangeGeo

@Suite struct GreatCircleTests {
    let westminster = Coordinate(latitude: 51.5046, longitude: -0.1321)  // SW1A centroid
    let newcastle = Coordinate(latitude: 54.9725, longitude: -1.6115)  // NE1 centroid

    @Test func haversineMatchesThePublishedCheck() {
        // shared/data/SOURCES.md: SW1A → NE1 = 398 km great-circle.
        #expect(abs(GreatCircle.distanceKm(westminster, newcastle) - 398) < 1)
    }

    @Test func distanceIsSymmetricAndZeroToItself() {
        #expect(GreatCircle.distanceKm(westminster, westminster) == 0)
        #expect(GreatCircle.distanceKm(westminster, newcastle) == GreatCircle.distanceKm(newcastle, westminster))
    }

    @Test func chordFormIsTheSameDistance() {
        let c2 = UnitVector(westminster).chordSquared(to: UnitVector(newcastle))
        #expect(abs(UnitVector.kilometres(chordSquared: c2) - GreatCircle.distanceKm(westminster, newcastle)) < 1e-6)
        for km in [0.01, 1, 25, 200, 398, 5_000] {
            #expect(abs(UnitVector.kilometres(chordSquared: UnitVector.chordSquared(forKm: km)) - km) < 1e-6, "\(km) km")
        }
    }
}

@Suite struct SpatialIndexTests {
    @Test func radiusQueryFindsExactlyThePointsWithinTheRadius() {
        // A deterministic scatter of points around northern England.
        var generator = SplitMix(seed: 7)
        let points: [Coordinate?] = (0..<3_000).map { index in
            index % 10 == 0 ? nil : Coordinate(latitude: 53 + generator.unit() * 3, longitude: -3 + generator.unit() * 3)
        }
        let index = SpatialIndex(points: points)
        let center = Coordinate(latitude: 54.5, longitude: -1.5)
        for radius in [1.0, 10, 25, 80, 200] {
            let expected = points.indices.filter { points[$0].map { GreatCircle.distanceKm($0, center) <= radius } ?? false }
            #expect(index.indices(within: radius, of: center).sorted() == expected, "radius \(radius)")
        }
    }
}

/// A small deterministic random source for tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
