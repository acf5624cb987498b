import FluentKit
import Foundation
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// No over-allocation, ever: the database, not Swift, decides who gets the last places.
@Suite struct PlaceLedgerTests {
    /// 200 pledges of one place each, from 200 rounds, race for the last 3 places: exactly 3
    /// succeed, the rest hear "no places left". The only check of places left is the database's
    /// conditional update. On PostgreSQL they race through four app instances sharing the
    /// database (each with its own connections and in-process gates, as separate servers would
    /// be). SQLite's instances are separate processes, whose writers queue on the file's lock;
    /// in one process they would wait for one another's threads, so there the racers share one.
    @Test func twoHundredRacersForTheLastThreePlaces() async throws {
        try await withApp { app in
            let world = try await RoundFixture.build(app, students: 0)
            let filler = try await world.createRound()
            // The listing has 4 places: one taken, three left.
            try await world.services.rounds.pledge(1, of: world.inPerson, to: filler, priority: nil, by: world.leader)
            var rounds: [UUID] = []
            for _ in 0..<200 { rounds.append(try await world.createRound()) }
            var instances: [AppServices] = []
            if TestDatabase.postgresURL != nil {
                for _ in 0..<4 { instances.append(try makeServices(app.services.storage.location)) }
            }
            let racers = instances.isEmpty ? [app.services] : instances
            let opportunity = world.inPerson
            let leader = world.leader
            let outcomes = try await withThrowingTaskGroup(of: String.self) { group in
                for (index, round) in rounds.enumerated() {
                    let services = racers[index % racers.count]
                    group.addTask {
                        do {
                            try await services.rounds.pledge(1, of: opportunity, to: round, priority: nil, by: leader)
                            return "pledged"
                        } catch let error as AppError {
                            return error.code
                        }
                    }
                }
                return try await group.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
            }
            for services in instances { await services.storage.shutdown() }
            #expect(outcomes == ["pledged": 3, "no_places_left": 197])
            #expect(try await world.placesTaken(opportunity) == 4)
            let pledged = try await RoundPledgeModel.query(on: world.db).filter(\.$opportunity.$id == opportunity).all()
            #expect(pledged.map(\.places).reduce(0, +) == 4, "places taken equals places pledged")
        }
    }
}
