import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// A student sets goals before an experience and reflects on it after, rating the eight skills;
/// the journey page shows the skills over time (students issue, "The journey").
@Suite struct ReflectionTests {
    /// Every skill rated, as the form sends it.
    static let ratings: [(String, String)] = Skill.allCases.enumerated().map { (ReflectionRules.field($1), "\($0 % 5 + 1)") }

    /// An experience in July 2026 with six of the seven marks (no reflection yet), as staff record it.
    static func recordEntry(_ app: TestApp, _ world: TestWorld, start: String = "2026-07-06") async throws -> UUID {
        let model = JourneyEntryModel(
            studentId: world.studentRecord,
            entry: {
                var entry = JourneyEntry(
                    type: .workPlacement, providerName: "Freeman Hospital", mode: .inPerson, start: CalendarDate(iso: start)!,
                    end: CalendarDate(iso: start)!.adding(days: 4), days: 5, yearGroup: 9)
                entry.meaningful = TaxonomySet(MeaningfulCriterion.allCases.filter { $0 != .reflection })
                return entry
            }(), source: .school, recordedBy: nil)
        try await model.create(on: app.services.storage.database)
        return try model.requireID()
    }

    static func stored(_ app: TestApp, _ id: UUID) async throws -> JourneyEntryModel {
        try #require(try await JourneyEntryModel.find(id, on: app.services.storage.database))
    }

    @Test func aStudentSetsGoalsReflectsAndSeesTheirSkillsAndTheExperienceBecomesMeaningful() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let entryId = try await Self.recordEntry(app, world)
            let student = try await world.session(.student)
            try await app.client { client in
                try await client.execute(uri: StudentRoutes.journey.link(world.studentRecord), method: .get, headers: student.headers) {
                    let text = ParsedHTML($0.text).text
                    #expect(text.contains("Set goals") && text.contains("Reflect on it") && text.contains("Met 6 of the seven marks"))
                    #expect(!text.contains("Skills over time"), "nothing rated yet")
                }
                let goals = try await ProviderPagesTests.post(
                    client, StudentRoutes.goals.link(entryId), session: student, [("goals", "  Find out what a nurse does all day.  ")])
                #expect(goals.status == 303 && goals.location == StudentRoutes.journey.link(world.studentRecord) + "?done=goals")
                #expect(try await Self.stored(app, entryId).goals == "Find out what a nurse does all day.")
                try await client.execute(uri: StudentRoutes.reflection.link(entryId), method: .get, headers: student.headers) {
                    let text = ParsedHTML($0.text).text
                    #expect(text.contains("Your goals were") && text.contains("Find out what a nurse does all day."))
                }
                let reflected = try await ProviderPagesTests.post(
                    client, StudentRoutes.reflection.link(entryId), session: student,
                    [("reflection", "I learned how a ward runs.")] + Self.ratings)
                #expect(reflected.status == 303)
                let entry = try await Self.stored(app, entryId)
                #expect(entry.reflection.text == "I learned how a ward runs.")
                #expect(entry.reflection.ratings[.listening] == 1 && entry.reflection.ratings[.teamwork] == 3)
                #expect(entry.entry.isMeaningful, "reflecting afterwards is the seventh mark")
                #expect(reflected.location == StudentRoutes.journey.link(world.studentRecord) + "?done=reflected")
                try await client.execute(uri: reflected.location!, method: .get, headers: student.headers) {
                    let text = ParsedHTML($0.text).text
                    #expect(text.contains("Reflection saved") && text.contains("Met all seven marks"))
                    #expect(text.contains("Skills over time") && text.contains("Ratings from 1 reflection"))
                    #expect(text.contains("Change the reflection") && !text.contains("Change the goals"), "goals are fixed once reflected")
                }
                // Goals are kept as they were once the student has reflected.
                let late = try await ProviderPagesTests.post(
                    client, StudentRoutes.goals.link(entryId), session: student, [("goals", "New")])
                #expect(late.status == 422 && ParsedHTML(late.body).text.contains("its goals stay as they were"))
            }
            #expect(try await Self.stored(app, entryId).goals == "Find out what a nurse does all day.")
            let actions = try await AuditEntryModel.query(on: app.services.storage.database).all().map(\.action)
            #expect(actions.contains("journey.goals") && actions.contains("journey.reflect"))
        }
    }

    @Test func theSkillsProfileFollowsEachSkillOverTime() {
        let profile = SkillsProfile([
            Reflection(text: "a", ratings: [.listening: 2, .teamwork: 3]), Reflection(goals: "only goals"),
            Reflection(text: "b", ratings: [.listening: 4, .teamwork: 3]),
        ])
        #expect(profile.reflections == 2)
        let listening = try! #require(profile.lines.first { $0.skill == .listening })
        #expect(listening.ratings == [2, 4] && listening.change == 2)
        #expect(profile.lines.first { $0.skill == .leadership }?.ratings == [])
        #expect(
            Reflection.ratings(stored: Reflection(ratings: [.creativity: 5, .speaking: 1]).storedRatings) == [.creativity: 5, .speaking: 1])
        #expect(Reflection.ratings(stored: "creativity=9;nonsense=2;speaking;listening=x") == [:], "unreadable parts are left out")
    }

    /// Every bad input: the form again with each problem in plain words, and nothing stored.
    @Test(arguments: [
        ("goals", [("goals", "   ")], "Write at least one thing you want to get out of it"),
        ("goals", [("goals", String(repeating: "x", count: 2001))], "Write at most 2000 characters (you wrote 2001)"),
        ("reflection", [("reflection", "")] + ratings, "Write what you learned"),
        ("reflection", [("reflection", "Fine")] + ratings.dropLast(), "Choose how you did at teamwork, from 1 to 5"),
        (
            "reflection", [("reflection", "Fine"), (ReflectionRules.field(.listening), "6")] + ratings.dropFirst(),
            "how you did at listening"
        ),
        (
            "reflection", [("reflection", "Fine"), (ReflectionRules.field(.listening), "one")] + ratings.dropFirst(),
            "how you did at listening"
        ),
    ])
    func badInputsAreRefusedPlainlyAndNothingIsStored(part: String, fields: [(String, String)], expected: String) async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let entryId = try await Self.recordEntry(app, world)
            let student = try await world.session(.student)
            try await app.client { client in
                let path = part == "goals" ? StudentRoutes.goals.link(entryId) : StudentRoutes.reflection.link(entryId)
                let posted = try await ProviderPagesTests.post(client, path, session: student, fields)
                #expect(posted.status == 422)
                let page = ParsedHTML(posted.body)
                #expect(page.text.contains("There is a problem") && page.text.contains(expected), "\(expected)")
            }
            let entry = try await Self.stored(app, entryId)
            #expect(entry.goals == nil && entry.reflectionText == nil && entry.skillRatings == nil && !entry.entry.isMeaningful)
        }
    }

    @Test func anExperienceNotYetStartedCannotBeReflectedOnButCanHaveGoals() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let entryId = try await Self.recordEntry(app, world, start: "2027-03-01")
            let student = try await world.session(.student)
            try await app.client { client in
                let early = try await ProviderPagesTests.post(
                    client, StudentRoutes.reflection.link(entryId), session: student, [("reflection", "Too soon")] + Self.ratings)
                #expect(early.status == 422 && ParsedHTML(early.body).text.contains("once the experience has started, on 1 March 2027"))
                let goals = try await ProviderPagesTests.post(
                    client, StudentRoutes.goals.link(entryId), session: student, [("goals", "Learn")])
                #expect(goals.status == 303)
            }
            #expect(try await Self.stored(app, entryId).reflectionText == nil)
        }
    }

    /// Parents read the journey but do not write it; no one outside the school sees that the entry exists.
    @Test func onlyTheStudentAndTheirSchoolsStaffWrite() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let entryId = try await Self.recordEntry(app, world)
            try await app.client { client in
                for (role, status) in [(Role.parent, 403), (.providerAdmin, 404), (.hubCoordinator, 404), (.nationalAdmin, 404)] {
                    let session = try await world.session(role)
                    let posted = try await ProviderPagesTests.post(
                        client, StudentRoutes.goals.link(entryId), session: session, [("goals", "x")])
                    #expect(posted.status == status, "\(role)")
                }
                let staff = try await world.session(.schoolStaff)
                let posted = try await ProviderPagesTests.post(
                    client, StudentRoutes.goals.link(entryId), session: staff, [("goals", "Ask")])
                #expect(posted.status == 303, "staff fill it in with the student")
                let missing = try await ProviderPagesTests.post(
                    client, StudentRoutes.goals.link(UUID()), session: staff, [("goals", "Ask")])
                #expect(missing.status == 404)
            }
            #expect(try await Self.stored(app, entryId).goals == "Ask")
        }
    }
}
