import FluentKit
import Foundation
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// `wexchange retention run`: students who left long ago are pseudonymised, their journeys kept
/// for statistics (students issue, "Children's data").
@Suite struct RetentionTests {
    /// Noon UTC on an ISO day, as the test clock (`testNow`) is.
    static func date(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso + "T12:00:00Z")! }

    @Test func studentsWhoLeftLongAgoArePseudonymisedAndTheirJourneysKept() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            var old = StudentFixtures.record(70, surname: "Longgone", forename: "Lola", year: 13)
            old.preferredForename = "Lo"
            old.postcode = "NE1 4ST"
            old.email = "lola@example.test"
            old.disadvantage.insert(.freeSchoolMeals)
            old.sen = .senSupport
            let oldId = try await StudentFixtures.store(old, school: world.school, on: db)
            let recent = try await StudentFixtures.store(
                StudentFixtures.record(71, surname: "Recent", year: 13), school: world.school, on: db)
            for (id, left) in [(oldId, "2022-07-20"), (recent, "2025-07-20")] {
                let model = try #require(try await StudentModel.find(id, on: db))
                model.leftAt = Self.date(left)
                try await model.update(on: db)
            }
            var entry = JourneyEntry(
                type: .workPlacement, providerName: "Freeman Hospital", mode: .inPerson, start: CalendarDate(iso: "2021-07-05")!,
                end: CalendarDate(iso: "2021-07-09")!, days: 5, yearGroup: 12)
            entry.meaningful = TaxonomySet(MeaningfulCriterion.allCases)
            let journey = JourneyEntryModel(studentId: oldId, entry: entry, source: .school, recordedBy: nil)
            journey.goals = "Meet Dr Patel on ward 9"
            journey.record(reflection: "Dr Patel showed me round", ratings: [.listening: 4])
            try await journey.create(on: db)

            let dryRun = try await app.services.studentRetention.run(years: 3, dryRun: true)
            #expect(dryRun.bySchool == ["Tyne Academy": 1])
            #expect(try await StudentModel.find(oldId, on: db)?.legalSurname == "Longgone", "a dry run changes nothing")

            let report = try await app.services.studentRetention.run(years: 3, dryRun: false)
            #expect(report.total == 1 && report.cutoff == Self.date("2024-01-10"))
            let gone = try #require(try await StudentModel.find(oldId, on: db))
            #expect(
                gone.upn == "removed-\(oldId.uuidString.lowercased())" && gone.legalSurname == "Former student" && gone.legalForename == "")
            #expect(
                gone.preferredForename == nil && gone.postcode == nil && gone.latitude == nil && gone.email == nil && gone.userId == nil)
            #expect(gone.dateOfBirth == "2011-01-01", "the year of birth alone")
            #expect(gone.record.isDisadvantaged && gone.record.sen == .senSupport && gone.yearGroup == 13, "what statistics need stays")
            let kept = try #require(try await JourneyEntryModel.query(on: db).filter(\.$student.$id == oldId).first())
            #expect(kept.days == 5 && kept.entry.isMeaningful && kept.reflection.ratings == [.listening: 4])
            #expect(kept.goals == nil && kept.reflectionText == nil, "what the student wrote may name people")
            #expect(try await StudentModel.find(recent, on: db)?.legalSurname == "Recent", "left 18 months ago: kept whole")
            #expect(try await StudentModel.find(world.studentRecord, on: db)?.legalSurname == "Pupil", "on roll: kept whole")
            let audit = try await AuditEntryModel.query(on: db).filter(\.$action == "students.pseudonymise").all()
            #expect(audit.map(\.reason) == ["1 who left more than 3 years ago"] && audit.first?.subjectId == world.school)

            #expect(try await app.services.studentRetention.run(years: 3, dryRun: false).total == 0, "done once")
            #expect(try await app.services.studentRetention.run(years: 1, dryRun: false).total == 1, "a shorter period reaches the other")
        }
    }

    @Test func aPeriodUnderAYearIsRefusedAndNothingChanges() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let model = try #require(try await StudentModel.find(world.studentRecord, on: db))
            model.leftAt = Self.date("2020-01-01")
            try await model.update(on: db)
            await #expect(throws: AppError.self) { try await app.services.studentRetention.run(years: 0, dryRun: false) }
            #expect(try await StudentModel.find(world.studentRecord, on: db)?.pseudonymisedAt == nil)
        }
    }
}
