import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// What a published round tells each student, placed or not, and what it tells their school's
/// staff about the students still without a place: why, in words, and no other school's students.
@Suite struct RoundResultsTests {
    @Test func everyStudentReadsWhyAndStaffSeeTheirStudentsWithoutAPlace() async throws {
        try await withApp { app in
            let (world, round) = try await RoundReclearingTests.publishedRound(app)
            let results = app.services.roundResults
            let offered = Set(try await world.offers(round).map(\.$student.id))
            #expect(offered.count == 2)
            for student in world.students {
                let own = try #require(try await results.own(round: round, student: student))
                if offered.contains(student) {
                    #expect(own.headline == "You have a place at your 1st choice: Engineering work placement.")
                    #expect(own.reasons.isEmpty && own.offer != nil)
                } else {
                    #expect(own.headline.hasPrefix("You have not been given a place in this round."))
                    #expect(own.offer == nil)
                    #expect(
                        own.reasons == [
                            "Your 1st choice, Engineering work placement, was full: all 2 places went to students with higher priority, or with the same priority as you and drawn ahead of you in the round's lottery (for this opportunity, priority goes first to students eligible for free school meals, the pupil premium or in care, then students with special educational needs or disabilities, then students who have not had work experience yet; students with the same priority are ordered by the round's lottery)."
                        ])
                }
            }
            let leader = RequestRaceTests.identity(.careersLeader, world.school)
            let unplaced = try await results.unplaced(round: round, school: world.school, by: leader)
            #expect(Set(unplaced.map(\.studentId)) == Set(world.students).subtracting(offered))
            #expect(unplaced.allSatisfy { $0.yearGroup == 10 && $0.name.hasPrefix("Student") })
            #expect(unplaced.allSatisfy { $0.reasons.first?.hasPrefix("Their 1st choice, Engineering work placement, was full") == true })
            #expect(unplaced.allSatisfy { $0.reasons.first?.contains("same priority as them and drawn ahead of them") == true })
            // Another school sees none of them, and each read of the list is audited.
            let other = try await AccountCommands.createOrganisation(
                kind: .school, name: "Other School", hubId: world.hub, services: app.services)
            #expect(try await results.unplaced(round: round, school: other, by: RequestRaceTests.identity(.careersLeader, other)).isEmpty)
            let reads = try await AuditEntryModel.query(on: world.db).filter(\.$action == AuditAction.studentsList.rawValue).all()
            #expect(reads.map(\.reason) == ["2 without a place in “Year 10 summer placements”"])
        }
    }

    @Test func nothingIsToldBeforeTheRoundIsPublished() async throws {
        try await withApp { app in
            let world = try await RoundFixture.build(app, students: 2)
            let round = try await world.createRound()
            try await world.services.rounds.pledge(1, of: world.inPerson, to: round, priority: nil, by: world.leader)
            try await world.services.rounds.open(round, by: world.leader)
            for student in world.students {
                try await world.services.rounds.setPreferences([world.inPerson], round: round, student: student, by: world.leader)
            }
            try await world.runner().run(round, by: world.leader)
            for student in world.students {
                #expect(try await app.services.roundResults.own(round: round, student: student) == nil)
            }
        }
    }
}
