import Foundation
import Testing
@testable import WexchangeGeo
import WexchangeCore

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
        var generator = SeededRandom(seed: 7)
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

    /// `forEachRun` finds the same points as the per-point scan, and what it calls "inside" really
    /// is: every point of an inside run is within the radius.
    @Test(arguments: [0.1, 0.02, 0.005])
    func runsOfInsideCellsHoldOnlyPointsWithinTheRadius(cellDegrees: Double) {
        var generator = SeededRandom(seed: 11)
        let points: [Coordinate] = (0..<20_000).map { _ in
            Coordinate(latitude: 53 + generator.unit() * 3, longitude: -3 + generator.unit() * 3)
        }
        let index = SpatialIndex(points: points, cellDegrees: cellDegrees)
        // The centre of the scatter, then one on grid lines at every cell size, then one off its edge.
        for center in [
            Coordinate(latitude: 54.5, longitude: -1.5), Coordinate(latitude: 54.2, longitude: -2.0),
            Coordinate(latitude: 55.93, longitude: -3.17),
        ] {
            for radius in [0.5, 1.0, 10, 25, 80, 200] {
                var found: [Int] = [], insideCount = 0
                index.forEachRun(
                    within: radius, of: center,
                    inside: { positions, nearest in
                        for position in positions {
                            let point = index.index(at: position)
                            #expect(GreatCircle.distanceKm(points[point], center) <= radius)
                            #expect(index.chordSquared(at: position, to: UnitVector(center)) >= nearest)
                            found.append(point)
                        }
                        insideCount += positions.count
                    }, boundary: { point, _ in found.append(point) })
                let expected = points.indices.filter { GreatCircle.distanceKm(points[$0], center) <= radius }
                #expect(found.sorted() == expected, "radius \(radius) around \(center)")
                if radius >= 25, center.latitude == 54.5 {
                    #expect(insideCount > found.count / 3, "radius \(radius): most points come in bulk")
                }
            }
        }
    }
}
