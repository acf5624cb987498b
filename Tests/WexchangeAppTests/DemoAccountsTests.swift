import FluentKit
import Foundation
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeMatching

/// Every actor can sign in to the demo with the printed password and finds something to do.
@Suite struct DemoAccountsTests {
    @Test func everyRoleSignsInWithItsPrintedPassword() async throws {
        try await withApp { app in
            let logins = try await DemoAccounts().seedIfEmpty(app.services)
            #expect(Set(logins.map(\.role)) == Set(Role.allCases))
            for login in logins {
                let signedIn = try await app.services.authenticator.signIn(
                    email: login.email, password: login.password, address: "demo-test")
                let identity = try #require(try await app.services.authenticator.identity(sessionToken: signedIn.sessionToken))
                #expect(identity.role == login.role)
            }
            // The hub and national admins each have a listing waiting in their own queue (issue 21:
            // the hub's in-person listing is not in the national queue).
            let hubCoordinator = try await identity(app, .hubCoordinator)
            let national = try await identity(app, .nationalAdmin)
            #expect(try await app.services.moderation.queue(for: hubCoordinator.requester).map(\.title) == ["Engineering workshop week"])
            #expect(try await app.services.moderation.queue(for: national.requester).map(\.title) == ["Virtual engineering insight"])
            // The parent is linked to the demo student.
            let parent = try await identity(app, .parent)
            let student = try await identity(app, .student)
            #expect(parent.membership.linkedStudents == [student.userId])
            // Seeding again does nothing.
            #expect(try await DemoAccounts().seedIfEmpty(app.services).isEmpty)
        }
    }

    /// The demo's published round: the demo student has an offer to answer; accepting it asks
    /// the demo parent, whose consent puts the placement on the demo provider's page.
    @Test func theDemoStudentsOfferGoesAllTheWayToAPlacement() async throws {
        try await withApp { app in
            _ = try await DemoAccounts().seedIfEmpty(app.services)
            let services = app.services
            let db = services.storage.database
            let round = try #require(try await RoundModel.query(on: db).filter(\.$scope == RoundScope.school.rawValue).first())
            #expect(round.roundState == .published && round.settings.name == "Year 10 summer placements")
            let roundOffers = try await OfferModel.query(on: db).filter(\.$round.$id == round.requireID()).all()
            let offers = roundOffers.count
            #expect(offers > 10 && offers <= 14, "the two listings' 14 places are shared among the rankers")
            // Two families accepted and consented; the careers leader answered for six students
            // without accounts (four accepted, two declined): two places came back.
            #expect(roundOffers.filter { $0.offerState == .confirmed }.count == 2)
            #expect(roundOffers.filter { $0.offerState == .accepted }.count == 4)
            #expect(roundOffers.filter { $0.offerState == .declined }.count == 2)
            let standing = try #require(
                try await services.roundReader.detail(round.requireID(), for: try await identity(app, .careersLeader)).reclearing)
            #expect(standing.placesBack == 2 && standing.students > 0)
            let student = try await identity(app, .student)
            let mine = try await services.offerReader.summaries(for: student)
            #expect(Set(mine.map(\.title)) == ["Year 10 workshop placement", "Year 10 engineering insight day"])
            // The insight day six weeks ago is finished and in the journey, with the provider's
            // marks and feedback, waiting for the student's reflection.
            let finished = try #require(mine.first { $0.state == .completed })
            #expect(finished.title == "Year 10 engineering insight day")
            let finishedDetail = try await services.offerReader.detail(finished.id)
            #expect(finishedDetail.record.feedback == DemoRound.finishedFeedback && finishedDetail.placementDays.count == 1)
            #expect(finishedDetail.consent?.given == true)
            let entry = try #require(
                try await JourneyEntryModel.query(on: db).filter(\.$offerId == finished.id).first())
            #expect(entry.days == 1 && entry.source == "placement" && !entry.reflection.hasReflected)
            #expect(Array(entry.entry.meaningful).count == 5, "all but learning outcomes (none listed) and the reflection")
            let offerId = try #require(mine.first { $0.state == .offered }?.id)
            let detail = try await services.offerReader.detail(offerId)
            #expect(detail.headline?.hasPrefix("You have a place at your 1st choice") == true)
            #expect(try await services.offers.answer(.accept, offer: offerId, by: student) == .accepted)
            let parent = try await identity(app, .parent)
            #expect(try await services.offers.consent(OfferLifecycleTests.given, offer: offerId, by: parent) == .confirmed)
            let provider = try await identity(app, .providerAdmin)
            let placements = try await services.placementReader.placements(of: provider.organisationId, by: provider)
            #expect(Set(placements.map(\.title)).isSuperset(of: ["Year 10 workshop placement", "Year 10 engineering insight day"]))
            #expect(placements.count == 4, "the demo student's two, and the two other families' confirmed places")
            #expect(placements.first { $0.state == .completed }?.title == "Year 10 engineering insight day")
            // The hub's round is open for choices, and the demo student can rank its place.
            let hubRound = try #require(try await RoundModel.query(on: db).filter(\.$scope == RoundScope.hub.rawValue).first())
            #expect(hubRound.roundState == .preferencesOpen && hubRound.settings.preferencesAreOpen(on: services.today))
            let record = try #require(try await StudentModel.query(on: db).filter(\.$userId == student.userId).first())
            let choosing = try await RoundChoices(services: services).choosing(
                round: hubRound.requireID(), student: record.requireID(), by: student)
            #expect(choosing.eligible.map(\.title) == ["Year 10 bridge inspection week"] && choosing.closed == nil)
            // Two requests for the taster day wait for the provider; the demo student may ask too.
            let requests = try await services.placeRequestReader.summaries(for: provider).filter { $0.state == .requested }
            #expect(requests.map(\.title) == Array(repeating: "Year 10 maintenance taster day", count: 2))
            #expect(requests.allSatisfy { $0.state == .requested && $0.message != nil })
            let taster = try #require(requests.first?.opportunityId)
            #expect(try await services.placeRequests.refusal(taster, for: record.requireID()) == nil)
            // The seed's steps were signed in and out again: no demo session is left open.
            let moderator = try #require(try await UserModel.query(on: db).filter(\.$email == TestDemo.email(.nationalAdmin)).first())
            #expect(try await SessionModel.query(on: db).filter(\.$user.$id == moderator.requireID()).count() == 0)
        }
    }

    /// Anyone can check the demo's run with the engine alone: `wexchange allocate --explain` on
    /// the exported input writes the stored result byte for byte.
    @Test func theDemoRoundsRunReproducesByteForByte() async throws {
        try await withApp { app in
            _ = try await DemoAccounts().seedIfEmpty(app.services)
            let rounds = try await RoundModel.query(on: app.services.storage.database).all().filter { $0.resultFile != nil }
            #expect(rounds.map(\.settings.name) == ["Year 10 summer placements"])
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demo-round-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            for round in rounds {
                let instance = directory.appendingPathComponent("instance.json")
                let result = directory.appendingPathComponent("result.json")
                try await RoundCommands.instanceFile(round.requireID(), services: app.services).write(to: instance)
                try AllocationJob.run(instance: instance, output: result, options: AllocationOptions(clearing: true, explain: true))
                let stored = try await RoundCommands.resultFile(round.requireID(), services: app.services)
                #expect(try Data(contentsOf: result) == stored, "\(round.settings.name)")
                #expect(stored.count > 1000)
            }
        }
    }

    enum TestDemo {
        static func email(_ role: Role) -> String { DemoAccounts.logins.first { $0.role == role }!.email }
    }

    private func identity(_ app: TestApp, _ role: Role) async throws -> Identity {
        let login = try #require(DemoAccounts.logins.first { $0.role == role })
        let token = try await app.services.authenticator.signIn(email: login.email, password: login.password, address: "demo-test")
            .sessionToken
        return try #require(try await app.services.authenticator.identity(sessionToken: token))
    }
}
