import FluentKit
import Foundation
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeMatching
import WexchangeTestSupport

/// A round from creation to published offers: pledges take places, students rank, the run writes
/// one offer per placed student, publishing makes them and tells the students.
@Suite struct RoundLifecycleTests {
    @Test func aSchoolRoundGoesFromPledgesToPublishedOffers() async throws {
        try await withApp { app in
            let world = try await RoundFixture.build(app, students: 6)
            let round = try await world.createRound()
            let stored = try #require(try await RoundModel.find(round, on: world.db))
            #expect(stored.roundState == .draft && stored.lotterySeed > 0)
            #expect(stored.settings.priority == PriorityCriterion.defaultOrder)

            try await world.services.rounds.pledge(3, of: world.inPerson, to: round, priority: nil, by: world.leader)
            try await world.services.rounds.pledge(2, of: world.online, to: round, priority: ["send", "disadvantaged"], by: world.leader)
            #expect(try await world.placesTaken(world.inPerson) == 3)
            #expect(try await world.placesTaken(world.online) == 2)
            // Search shows the places left at once.
            let entry = try #require(world.services.catalogue.index.entry(id: world.inPerson))
            #expect(entry.placesLeft == 1)
            // A draft pledge may shrink, giving places back.
            try await world.services.rounds.pledge(2, of: world.inPerson, to: round, priority: nil, by: world.leader)
            #expect(try await world.placesTaken(world.inPerson) == 2)

            try await world.services.rounds.open(round, by: world.leader)
            // Every student wants the in-person place first.
            for student in world.students {
                try await world.services.rounds.setPreferences(
                    [world.inPerson, world.online], round: round, student: student, by: world.leader)
            }
            #expect(
                try await world.services.rounds.preferences(round: round, student: world.students[0]) == [world.inPerson, world.online])

            let summary = try await world.runner().run(round, by: world.leader)
            #expect(summary.students == 6)
            #expect(summary.placedByChoice == 4 && summary.unplaced == 2 && summary.placesLeft == 0)
            let offers = try await world.offers(round)
            #expect(offers.count == 4)
            #expect(offers.allSatisfy { $0.state == OfferState.pending.rawValue && $0.deadline == "2027-02-01" })
            #expect(offers.filter { $0.$opportunity.id == world.inPerson }.count == 2)
            #expect(offers.filter { $0.$opportunity.id == world.online }.allSatisfy { $0.rank == 2 })
            #expect(try #require(try await RoundModel.find(round, on: world.db)).roundState == .resultsReady)

            // Running again before publishing gives the same offers.
            try await world.runner().run(round, by: world.leader)
            let again = try await world.offers(round)
            #expect(
                Set(again.map { "\($0.$student.id)-\($0.$opportunity.id)" })
                    == Set(offers.map { "\($0.$student.id)-\($0.$opportunity.id)" }))

            let made = try await world.services.roundPublisher.publish(round, by: world.leader)
            #expect(made == 4)
            #expect(try await world.offers(round).allSatisfy { $0.state == OfferState.offered.rawValue })
            let mail = try await OutboxMessageModel.query(on: world.db).filter(\.$subject == "You have a work experience offer").all()
            #expect(mail.count == 4)
            #expect(mail.allSatisfy { $0.body.contains("by 1 February 2027") })
            await #expect(throws: AppError.self) { try await world.runner().run(round, by: world.leader) }
            await #expect(throws: AppError.self) { try await world.services.roundPublisher.publish(round, by: world.leader) }

            let actions = try await AuditEntryModel.query(on: world.db).all().map(\.action)
            for action in ["round.create", "round.pledge", "round.open", "round.preferences", "round.run", "round.publish"] {
                #expect(actions.contains(action), "\(action) is audited")
            }
        }
    }

    /// Disadvantaged students go first under the default order; the lottery decides among equals.
    @Test func priorityGoesToDisadvantagedStudentsFirst() async throws {
        try await withApp { app in
            var world = try await RoundFixture.build(app, students: 4)
            let favoured = try await world.addStudent(50, disadvantaged: true)
            world.students.append(favoured)
            let round = try await world.createRound()
            try await world.services.rounds.pledge(1, of: world.inPerson, to: round, priority: nil, by: world.leader)
            try await world.services.rounds.open(round, by: world.leader)
            for student in world.students {
                try await world.services.rounds.setPreferences([world.inPerson], round: round, student: student, by: world.leader)
            }
            try await world.runner().run(round, by: world.leader)
            let offers = try await world.offers(round)
            #expect(offers.map(\.$student.id) == [favoured])
        }
    }

    /// The stored run can be checked by anyone with the engine: `wexchange allocate --explain` on
    /// the exported input writes the stored result byte for byte.
    @Test func theExportedInputReproducesTheStoredResultByteForByte() async throws {
        try await withApp { app in
            let world = try await RoundFixture.build(app, students: 8)
            let round = try await world.createRound()
            try await world.services.rounds.pledge(3, of: world.inPerson, to: round, priority: nil, by: world.leader)
            try await world.services.rounds.pledge(2, of: world.online, to: round, priority: ["send"], by: world.leader)
            try await world.services.rounds.open(round, by: world.leader)
            for (index, student) in world.students.enumerated() {
                let choices = index.isMultiple(of: 2) ? [world.inPerson, world.online] : [world.online]
                try await world.services.rounds.setPreferences(choices, round: round, student: student, by: world.leader)
            }
            let before = try await RoundCommands.instanceFile(round, services: world.services)
            try await world.runner().run(round, by: world.leader)
            let instance = try await RoundCommands.instanceFile(round, services: world.services)
            #expect(instance == before, "the stored input is what the round would have read")
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("round-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            try instance.write(to: directory.appendingPathComponent("instance.json"))
            try AllocationJob.run(
                instance: directory.appendingPathComponent("instance.json"), output: directory.appendingPathComponent("result.json"),
                options: AllocationOptions(clearing: true, explain: true))
            let reproduced = try Data(contentsOf: directory.appendingPathComponent("result.json"))
            #expect(reproduced == (try await RoundCommands.resultFile(round, services: world.services)))
            let text = String(decoding: instance, as: UTF8.self)
            #expect(text.contains("\"format\":\"wex-alloc-instance/1\""))
            #expect(!text.contains("Student1") && !text.contains(StudentFixtures.upn(1)), "no names or UPNs in the engine's input")
        }
    }

    @Test func roundListShowsEachRoundsScopeAndState() async throws {
        try await withApp { app in
            let world = try await RoundFixture.build(app, students: 0)
            let school = try await world.createRound(.school)
            let national = try await world.createRound(.national, RoundFixture.settings)
            try await world.services.rounds.open(national, by: world.leader)
            let lines = try await RoundCommands.list(world.services)
            #expect(lines.count == 2)
            #expect(lines.contains { $0.hasPrefix(school.pathComponent) && $0.contains("school") && $0.contains("draft") })
            #expect(lines.contains { $0.hasPrefix(national.pathComponent) && $0.contains("national") && $0.contains("preferences_open") })
        }
    }
}
