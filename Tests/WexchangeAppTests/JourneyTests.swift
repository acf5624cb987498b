import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// Staff record experiences in a student's journey; the student and their parent see it; the
/// careers leader sees the school's progress and who is behind (students issue).
@Suite struct JourneyTests {
    /// A valid form for an experience in July 2026 (the tests' today is 10 January 2027).
    static let filledIn: [(String, String)] =
        [
            ("type", "work_placement"), ("provider_name", "Freeman Hospital"), ("sector", "health-science"), ("mode", "in_person"),
            ("start-day", "6"), ("start-month", "7"), ("start-year", "2026"), ("end-day", "10"), ("end-month", "7"), ("end-year", "2026"),
            ("days", "5"), ("hours_per_day", "7"),
        ] + MeaningfulCriterion.allCases.map { ("meaningful", $0.rawValue) }

    static func entries(_ app: TestApp) async throws -> [JourneyEntryModel] {
        try await JourneyEntryModel.query(on: app.services.storage.database).all()
    }

    @Test func staffRecordAnExperienceAndTheStudentAndParentSeeIt() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let staff = try await world.session(.schoolStaff)
            try await app.client { client in
                var fields = Self.filledIn
                fields.removeAll { $0.0 == "sector" }
                let posted = try await ProviderPagesTests.post(
                    client, StudentRoutes.journeyNew.link(world.studentRecord), session: staff, fields)
                #expect(posted.status == 303)
                let entry = try #require(try await Self.entries(app).first)
                #expect(entry.entry.isMeaningful && entry.yearGroup == 9 && entry.days == 5, "July 2026 was Year 9 for a Year 10 now")
                #expect(
                    try await AuditEntryModel.query(on: app.services.storage.database).filter(\.$action == "journey.record").count() == 1)
                for role in [Role.student, .parent] {
                    let session = try await world.session(role)
                    try await client.execute(uri: AccountRoutes.home.link, method: .get, headers: session.headers) { response in
                        #expect(ParsedHTML(String(buffer: response.body)).text.contains("journey"))
                    }
                    try await client.execute(uri: StudentRoutes.journey.link(world.studentRecord), method: .get, headers: session.headers) {
                        response in
                        let text = ParsedHTML(String(buffer: response.body)).text
                        #expect(text.contains("Work placement with Freeman Hospital") && text.contains("Met all seven marks"))
                        #expect(text.contains("5 days of placements so far"))
                        #expect(!text.contains("Record an experience"), "students and parents do not record")
                    }
                }
            }
        }
    }

    /// Every bad input: the form again with plain errors, and nothing stored.
    @Test(arguments: [
        ([("type", "")], "Choose what kind of experience it was"),
        ([("provider_name", "  ")], "Enter the name of the employer or organisation"),
        ([("provider_name", String(repeating: "x", count: 201))], "at most 200 characters"),
        ([("sector", "knitting")], "Choose a sector from the list"),
        ([("mode", "")], "Choose whether it was in person, online or both"),
        ([("start-day", "31"), ("start-month", "2")], "must be a real date"),
        ([("end-day", ""), ("end-month", ""), ("end-year", "")], "Enter the date it ended"),
        ([("end-day", "1"), ("end-month", "7")], "the same as or after the start date"),
        ([("end-year", "2027"), ("end-month", "3")], "is in the future"),
        ([("days", "6")], "cannot be more than the days from start to end"),
        ([("days", "0")], "Enter the number of days"),
        ([("days", "1.3")], "Enter the number of days"),
        ([("hours_per_day", "9")], "from 0.5 to 8"),
        ([("start-year", "2019"), ("end-year", "2019")], "before the student was in Year 7"),
    ])
    func badInputsAreRefusedPlainlyAndNothingIsStored(changes: [(String, String)], expected: String) async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let leader = try await world.session(.careersLeader)
            var fields = Self.filledIn
            for (name, value) in changes {
                fields.removeAll { $0.0 == name }
                fields.append((name, value))
            }
            try await app.client { [fields] client in
                let posted = try await ProviderPagesTests.post(
                    client, StudentRoutes.journeyNew.link(world.studentRecord), session: leader, fields)
                #expect(posted.status == 422)
                #expect(ParsedHTML(posted.body).text.contains(expected), "\(expected)")
                #expect(ParsedHTML(posted.body).text.contains("There is a problem"))
            }
            #expect(try await Self.entries(app).isEmpty)
        }
    }

    @Test func theProgressPageShowsTheSplitAndPutsDisadvantagedStudentsFirstInTheAtRiskList() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            // Year 11s with no placement yet: all behind; the disadvantaged one listed first.
            var poor = StudentFixtures.record(20, surname: "Ayton", forename: "Abi", year: 11)
            poor.disadvantage.insert(.freeSchoolMeals)
            var sen = StudentFixtures.record(21, surname: "Brown", forename: "Bea", year: 11)
            sen.sen = .senSupport
            let other = StudentFixtures.record(22, surname: "Aardvark", forename: "Al", year: 11)
            for record in [other, sen, poor] { try await StudentFixtures.store(record, school: world.school, on: db) }
            let leader = try await world.session(.careersLeader)
            try await app.client { client in
                try await client.execute(uri: StudentRoutes.progress.link, method: .get, headers: leader.headers) { response in
                    #expect(response.status == .ok)
                    let text = ParsedHTML(String(buffer: response.body)).text
                    #expect(
                        text.contains("Students behind for their year (4)"), "the three, and the world's Year 10 who missed Key Stage 3")
                    let order = ["Abi Ayton", "Bea Brown", "Al Aardvark"].map { text.range(of: $0)?.lowerBound }
                    #expect(order.allSatisfy { $0 != nil } && order[0]! < order[1]! && order[1]! < order[2]!)
                    #expect(text.contains("5 days of placements by the end of Year 11"))
                }
                // The page is kept between changes: recording the world student's Year 9 week
                // (July 2026) takes them off the list at once.
                let posted = try await ProviderPagesTests.post(
                    client, StudentRoutes.journeyNew.link(world.studentRecord), session: leader, Self.filledIn)
                #expect(posted.status == 303)
                try await client.execute(uri: StudentRoutes.progress.link, method: .get, headers: leader.headers) { response in
                    #expect(ParsedHTML(String(buffer: response.body)).text.contains("Students behind for their year (3)"))
                }
            }
            #expect(try await AuditEntryModel.query(on: db).filter(\.$action == "students.list").count() == 2)
        }
    }
}
