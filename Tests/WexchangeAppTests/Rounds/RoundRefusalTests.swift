import FluentKit
import Foundation
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// Every way a round step can be refused: a clear message, and nothing stored changed.
@Suite struct RoundRefusalTests {
    /// What a refused step must leave as it was.
    struct Stored: Equatable {
        let placesTaken: [Int]
        let pledges: Int
        let preferences: Int
        let offers: Int
        let states: [String]
    }

    static func stored(_ world: RoundFixture) async throws -> Stored {
        Stored(
            placesTaken: [try await world.placesTaken(world.inPerson), try await world.placesTaken(world.online)],
            pledges: try await RoundPledgeModel.query(on: world.db).count(),
            preferences: try await RoundPreferenceModel.query(on: world.db).count(),
            offers: try await OfferModel.query(on: world.db).count(),
            states: try await RoundModel.query(on: world.db).sort(\.$id).all().map(\.state))
    }

    static func expectRefused(
        _ world: RoundFixture, _ expected: String, _ step: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let before = try await stored(world)
        do {
            try await step()
            Issue.record("expected “\(expected)”", sourceLocation: sourceLocation)
        } catch let error as AppError {
            #expect(error.message.contains(expected), "\(error.message)", sourceLocation: sourceLocation)
        } catch let failure as ValidationFailure {
            #expect(failure.errors.contains { $0.message.contains(expected) }, "\(failure)", sourceLocation: sourceLocation)
        }
        #expect(try await stored(world) == before, "nothing changed", sourceLocation: sourceLocation)
    }

    @Test func pledgesBeyondThePlacesLeftOrOutsideTheScopeAreRefused() async throws {
        try await withApp { app in
            let world = try await RoundFixture.build(app, students: 1)
            let school = try await world.createRound()
            let national = try await world.createRound(.national)
            let rounds = world.services.rounds
            let another = try await world.createRound()
            try await rounds.pledge(3, of: world.inPerson, to: school, priority: nil, by: world.leader)
            try await Self.expectRefused(world, "has 1 place left, not 2") {
                try await rounds.pledge(2, of: world.inPerson, to: another, priority: nil, by: world.leader)
            }
            try await rounds.pledge(1, of: world.inPerson, to: another, priority: nil, by: world.leader)
            try await Self.expectRefused(world, "No places left: every place of") {
                try await rounds.pledge(2, of: world.inPerson, to: another, priority: nil, by: world.leader)
            }
            try await Self.expectRefused(world, "online places only") {
                try await rounds.pledge(1, of: world.inPerson, to: national, priority: nil, by: world.leader)
            }
            try await Self.expectRefused(world, "Pledge between 1 and 1000 places") {
                try await rounds.pledge(0, of: world.online, to: school, priority: nil, by: world.leader)
            }
            try await Self.expectRefused(world, "“richest” is not a priority") {
                try await rounds.pledge(1, of: world.online, to: school, priority: ["richest"], by: world.leader)
            }
            try await Self.expectRefused(world, "Only a published opportunity") {
                try await rounds.pledge(1, of: UUID(), to: school, priority: nil, by: world.leader)
            }
            try await Self.expectRefused(world, "This round was not found") {
                try await rounds.pledge(1, of: world.online, to: UUID(), priority: nil, by: world.leader)
            }
            let hub = try await world.createRound(.hub)
            try await Self.expectRefused(world, "in-person places in the hub's area only") {
                try await rounds.pledge(1, of: world.online, to: hub, priority: nil, by: world.leader)
            }
            // Once preferences open a pledge may grow but not shrink or go.
            try await rounds.open(school, by: world.leader)
            try await Self.expectRefused(world, "can grow but not shrink") {
                try await rounds.pledge(2, of: world.inPerson, to: school, priority: nil, by: world.leader)
            }
            try await Self.expectRefused(world, "keep the pledge") {
                try await rounds.withdraw(world.inPerson, from: school, by: world.leader)
            }
            try await Self.expectRefused(world, "already open") { try await rounds.open(school, by: world.leader) }
        }
    }

    @Test func roundsRunByTheWrongKindOfOrganisationAreRefused() async throws {
        try await withApp { app in
            let world = try await RoundFixture.build(app, students: 0)
            try await Self.expectRefused(world, "run by a Careers Hub") {
                _ = try await world.services.rounds.create(
                    RoundFixture.settings, scope: .hub, organisationId: world.school, by: world.leader)
            }
            try await Self.expectRefused(world, "belongs to no school or hub") {
                _ = try await world.services.rounds.create(
                    RoundFixture.settings, scope: .national, organisationId: world.school, by: world.leader)
            }
            try await Self.expectRefused(world, "Enter a name for the round") {
                var input = RoundFixture.settings
                input.name = " "
                _ = try await world.services.rounds.create(input, scope: .school, organisationId: world.school, by: world.leader)
            }
        }
    }

    @Test func choicesThatMayNotBeMadeAreEachNamed() async throws {
        try await withApp { app in
            let world = try await RoundFixture.build(app, students: 1)
            let rounds = world.services.rounds
            let round = try await world.createRound(
                .school,
                RoundInput(
                    name: "Short list", preferenceLimit: 1, preferencesOpen: "2027-01-10", preferencesClose: "2027-01-24",
                    offerDeadline: "2027-02-01"))
            try await rounds.pledge(1, of: world.inPerson, to: round, priority: nil, by: world.leader)
            try await rounds.pledge(1, of: world.online, to: round, priority: nil, by: world.leader)
            let student = world.students[0]
            try await Self.expectRefused(world, "Choices for this round are closed") {
                try await rounds.setPreferences([world.inPerson], round: round, student: student, by: world.leader)
            }
            try await rounds.open(round, by: world.leader)
            try await Self.expectRefused(world, "Choose at most 1 opportunities; you chose 2") {
                try await rounds.setPreferences([world.inPerson, world.online], round: round, student: student, by: world.leader)
            }
            try await Self.expectRefused(world, "is not one of this round's opportunities") {
                try await rounds.setPreferences([UUID()], round: round, student: student, by: world.leader)
            }
            // A Year 8 student may not choose a Years 10–11 placement; one who lives far away
            // may not choose one beyond their travel distance.
            let young = try await world.addStudent(20, year: 8)
            try await Self.expectRefused(world, "it is for Year 10, 11, and you are in Year 8") {
                try await rounds.setPreferences([world.inPerson], round: round, student: young, by: world.leader)
            }
            let far = try #require(try await StudentModel.find(student, on: world.db))
            far.latitude = 51.5072
            far.longitude = -0.1276
            try await far.save(on: world.db)
            try await Self.expectRefused(world, "km from home, beyond your 40 km") {
                try await rounds.setPreferences([world.inPerson], round: round, student: student, by: world.leader)
            }
            // Online is never too far.
            try await rounds.setPreferences([world.online], round: round, student: student, by: world.leader)
            try await Self.expectRefused(world, "the round runs after they close") {
                try await world.runner(at: testNow).run(round, by: world.leader)
            }
            try await Self.expectRefused(world, "has not run yet") {
                try await world.services.roundPublisher.publish(round, by: world.leader)
            }
            let closed = RoundService(
                catalogue: world.services.catalogue, gazetteer: world.services.gazetteer, now: { RoundFixture.afterClose })
            try await Self.expectRefused(world, "Choices for this round are closed") {
                try await closed.setPreferences([], round: round, student: student, by: world.leader)
            }
        }
    }

    @Test func duplicateChoicesAreNamedByTheirPlace() throws {
        let a = UUID(), b = UUID()
        #expect(throws: ValidationFailure([FieldError("choices[2]", "Your 3rd choice is the same as an earlier one: choose each once")])) {
            try RoundService.check([a, b, a], limit: 10)
        }
        #expect(Ordinal.text(1) == "1st" && Ordinal.text(2) == "2nd" && Ordinal.text(3) == "3rd" && Ordinal.text(11) == "11th")
        #expect(Ordinal.text(22) == "22nd" && Ordinal.text(113) == "113th" && Ordinal.text(4) == "4th")
    }
}
