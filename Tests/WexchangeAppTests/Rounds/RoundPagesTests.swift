import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// The round pages as people use them: its careers leader opens, runs and publishes it with
/// buttons and reviews the results (by priority group) before anyone else; a provider reads the
/// rules and its places, and the cutoffs only once published; a step the state does not allow
/// is refused in words, and nobody else may take one.
@Suite struct RoundPagesTests {
    @Test func aCareersLeaderOpensRunsAndPublishesARoundFromItsPage() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let services = app.services
            let db = services.storage.database
            let leaderActor = world.leaderActor
            // Set up a month ago: choices closed two days ago, so the round can run today.
            let monthAgo = testNow.addingTimeInterval(-30 * 86_400)
            let past = RoundService(catalogue: services.catalogue, gazetteer: services.gazetteer, now: { monthAgo })
            let round = try await past.create(
                RoundInput(
                    name: "Year 10 <summer> placements", preferencesOpen: "2026-12-12", preferencesClose: "2027-01-08",
                    offerDeadline: "2027-01-24"),
                scope: .school, organisationId: world.school, by: leaderActor
            ).requireID()
            try await past.pledge(1, of: world.published, to: round, priority: nil, by: leaderActor)
            let leader = try await world.session(.careersLeader)
            let provider = try await world.session(.providerAdmin)
            let student = try await world.session(.student)
            let page = RoundRoutes.round.link(round)
            try await app.client { client in
                func text(_ session: BrowserSession, _ uri: String = page) async throws -> String {
                    try await client.execute(uri: uri, method: .get, headers: session.headers) {
                        #expect($0.status == .ok)
                        return ParsedHTML($0.text).text
                    }
                }
                // Being set up: its leader sees it (escaped) with the button to open it.
                let draft = try await text(leader)
                #expect(draft.contains("Year 10 <summer> placements") && draft.contains("Being set up"))
                #expect(draft.contains("Open the round for choices"))
                #expect(draft.contains("Students eligible for free school meals, the pupil premium or in care; then students with"))
                let opened = try await ProviderPagesTests.post(client, RoundRoutes.open.link(round), session: leader, [])
                #expect(opened.status == 303 && opened.location == page + "?done=opened")

                // Choices from a month ago, through the service (the page for ranking is not built).
                let home = try #require(try await StudentModel.find(world.studentRecord, on: db))
                home.latitude = RoundFixture.newcastle.latitude
                home.longitude = RoundFixture.newcastle.longitude
                try await home.save(on: db)
                let ranking = RoundService(catalogue: services.catalogue, gazetteer: services.gazetteer, now: { monthAgo + 86_400 })
                try await ranking.setPreferences([world.published], round: round, student: world.studentRecord, by: leaderActor)

                // Opening twice is refused in words, nothing changed.
                let twice = try await ProviderPagesTests.post(client, RoundRoutes.open.link(round), session: leader, [])
                #expect(twice.status == 409 && ParsedHTML(twice.body).text.contains("This round is already open"))
                // Only its managers take steps.
                let refused = try await ProviderPagesTests.post(client, RoundRoutes.run.link(round), session: student, [])
                #expect(refused.status == 403)
                #expect(try await RoundService.find(round, on: db).roundState == .preferencesOpen)

                // The run goes on in the background; the page says so until its results are in.
                let run = try await ProviderPagesTests.post(client, RoundRoutes.run.link(round), session: leader, [])
                #expect(run.status == 303 && run.location == page + "?done=running")
                try await Self.waitForRun(round, services)
                let reviewed = try await text(leader, page + "?done=running")
                #expect(reviewed.contains("The round has run. Check the results, then publish the offers."))
                #expect(reviewed.contains("Students who ranked places1") && reviewed.contains("By priority group"))
                #expect(reviewed.contains("How far places reached") && reviewed.contains("Full:"))
                #expect(reviewed.contains("Publish the offers"))
                // Before publishing, the provider sees the rules and places, not the results.
                let early = try await text(provider)
                let title = try await Self.title(world, db)
                #expect(early.contains("Places in this round") && early.contains(title))
                #expect(
                    !early.contains("Students who ranked places") && !early.contains("How far places reached") && !early.contains("Publish")
                )

                let published = try await ProviderPagesTests.post(client, RoundRoutes.publish.link(round), session: leader, [])
                #expect(published.status == 303 && published.location == page + "?done=published")
                let again = try await ProviderPagesTests.post(client, RoundRoutes.publish.link(round), session: leader, [])
                #expect(again.status == 409 && ParsedHTML(again.body).text.contains("This round's offers are already made"))
                #expect(try await OfferModel.query(on: db).filter(\.$round.$id == round).count() == 1)

                // Published: everyone sees the totals and how far places reached; only its
                // managers see the priority groups.
                let public_ = try await text(provider)
                #expect(public_.contains("Offers made") && public_.contains("Full:") && public_.contains("Placed at one of their choices1"))
                #expect(!public_.contains("By priority group") && !public_.contains("What happens next"))
                let token = try await world.token(.providerAdmin)
                try await client.execute(uri: RoundRoutes.apiRound.link(round), method: .get, headers: bearer(token)) {
                    let body = try JSONSerialization.jsonObject(with: Data(buffer: $0.body)) as? [String: Any]
                    let pledges = body?["pledges"] as? [[String: Any]]
                    #expect((pledges?.first?["cutoff"] as? String)?.hasPrefix("Full:") == true)
                }
            }
        }
    }

    @Test func theRoundsListShowsWhatEachMaySee() async throws {
        try await withApp { app in
            var built = try await TestWorld.build(app)
            try await built.makeRound()
            let world = built
            let actor = world.leaderActor
            _ = try await app.services.rounds.create(
                RoundInput(
                    name: "Spring draft", preferencesOpen: "2027-03-01", preferencesClose: "2027-03-10", offerDeadline: "2027-03-20"),
                scope: .school, organisationId: world.school, by: actor)
            let leader = try await world.session(.careersLeader)
            let student = try await world.session(.student)
            try await app.client { client in
                try await client.execute(uri: RoundRoutes.rounds.link, method: .get, headers: leader.headers) {
                    let text = ParsedHTML($0.text).text
                    #expect(text.contains("World round") && text.contains("Spring draft") && text.contains("Being set up"))
                    #expect(text.contains("10 January 2027 to 24 January 2027"))
                }
                // A draft is its managers' alone.
                try await client.execute(uri: RoundRoutes.rounds.link, method: .get, headers: student.headers) {
                    let text = ParsedHTML($0.text).text
                    #expect(text.contains("World round") && !text.contains("Spring draft"))
                }
            }
        }
    }

    @Test func aStudentRanksTheirChoicesWithTheFormAndEveryBadFormChangesNothing() async throws {
        try await withApp { app in
            var built = try await TestWorld.build(app)
            try await built.makeRound()
            let world = built
            let round = try #require(world.round)
            let db = app.services.storage.database
            let home = try #require(try await StudentModel.find(world.studentRecord, on: db))
            home.latitude = RoundFixture.newcastle.latitude
            home.longitude = RoundFixture.newcastle.longitude
            home.preferredForename = "Sunny"
            try await home.save(on: db)
            let student = try await world.session(.student)
            let leader = try await world.session(.careersLeader)
            let parent = try await world.session(.parent)
            let form = RoundRoutes.choices.link(round, world.studentRecord)
            try await app.client { client in
                try await client.execute(uri: RoundRoutes.round.link(round), method: .get, headers: student.headers) {
                    #expect($0.text.contains("href=\"\(form)\"") && ParsedHTML($0.text).text.contains("Make your choices"))
                }
                try await client.execute(uri: form, method: .get, headers: student.headers) {
                    let text = ParsedHTML($0.text).text
                    #expect($0.status == .ok)
                    #expect(text.contains("Your choices") && text.contains("Your 1st choice") && text.contains("Not chosen"))
                }
                let stored = { try await app.services.rounds.preferences(round: round, student: world.studentRecord) }
                for (fields, status, message) in [
                    ([("choice-1", "")], 422, "Choose at least your 1st choice"),
                    ([("choice-1", "a place")], 422, "Choose your 1st choice from the list"),
                    ([("choice-1", world.draft.uuidString)], 422, "Your 1st choice is not one of this round's opportunities"),
                ] {
                    let sent = try await ProviderPagesTests.post(client, form, session: student, fields)
                    #expect(sent.status == status)
                    #expect(ParsedHTML(sent.body).text.contains("There is a problem") && ParsedHTML(sent.body).text.contains(message))
                    #expect(try await stored().isEmpty)
                }
                // A parent sees the offer later, but does not choose.
                let refused = try await ProviderPagesTests.post(client, form, session: parent, [("choice-1", world.published.uuidString)])
                #expect(refused.status == 403)

                let saved = try await ProviderPagesTests.post(client, form, session: student, [("choice-1", world.published.uuidString)])
                #expect(saved.status == 303 && saved.location == form + "?done=saved")
                #expect(try await stored() == [world.published])
                // Staff see the same choices, named for the student.
                try await client.execute(uri: form, method: .get, headers: leader.headers) {
                    let text = ParsedHTML($0.text).text
                    #expect(text.contains("Choices for Sunny"))
                    #expect($0.text.contains("value=\"\(world.published.uuidString)\" selected"))
                }
            }
            let audit = try await AuditEntryModel.query(on: db).filter(\.$subjectId == world.studentRecord).all().map(\.action)
            #expect(audit.filter { $0 == AuditAction.studentRead.rawValue }.count >= 2)
            #expect(audit.contains(AuditAction.roundPreferences.rawValue))
        }
    }

    @Test func aGapInTheChoicesClosesUp() throws {
        let first = UUID(), second = UUID()
        let body = FormBody(pairs: [("choice-1", ""), ("choice-2", first.uuidString), ("choice-3", " "), ("choice-4", second.uuidString)])
        let read = ChoicesForm.read(body, slots: 4)
        #expect(read.choices == [first, second] && read.shown == [first.uuidString, second.uuidString] && read.problems.isEmpty)
        #expect(
            ChoicesForm.onFields([FieldError("choices[1]", "x"), FieldError("choices", "y")]).map(\.field) == ["choice-2", "choice-1"])
    }

    @Test func aCareersLeaderSetsUpARoundWithTheFormAndEveryBadFormChangesNothing() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let leader = try await world.session(.careersLeader)
            let hub = try await world.session(.hubCoordinator)
            @Sendable func dates(
                _ open: (String, String, String), _ close: (String, String, String), _ deadline: (String, String, String)
            )
                -> [(String, String)]
            {
                [("preferences_open", open), ("preferences_close", close), ("offer_deadline", deadline)].flatMap { name, date in
                    [("\(name)-day", date.0), ("\(name)-month", date.1), ("\(name)-year", date.2)]
                }
            }
            try await app.client { client in
                try await client.execute(uri: RoundRoutes.rounds.link, method: .get, headers: leader.headers) {
                    #expect($0.text.contains("href=\"\(RoundRoutes.new.link)\""))
                }
                try await client.execute(uri: RoundRoutes.new.link, method: .get, headers: leader.headers) {
                    let text = ParsedHTML($0.text).text
                    #expect($0.status == .ok && text.contains("Set up a school round") && text.contains("Who goes first"))
                    #expect(!text.contains("At a school in this Careers Hub"))
                }
                try await client.execute(uri: RoundRoutes.new.link, method: .get, headers: hub.headers) {
                    #expect(ParsedHTML($0.text).text.contains("At a school in this Careers Hub"))
                }
                // Everything wrong at once, in the form's order, in plain words.
                let empty = try await ProviderPagesTests.post(
                    client, RoundRoutes.rounds.link, session: leader,
                    [("name", " "), ("preference_limit", "ten"), ("priority-1", "send"), ("priority-2", "send")]
                        + dates(("31", "2", "2027"), ("", "", ""), ("1", "1", "2020")))
                #expect(empty.status == 422)
                let summary = ParsedHTML(empty.body).text
                let expected = [
                    "Enter a name for the round", "The date preferences open must be a real date", "Enter the date preferences close",
                    "Enter how many places a student may rank as a number, like 10",
                    "“Special educational needs or disabilities” is chosen twice: choose each group once",
                ]
                #expect(expected.allSatisfy(summary.contains), "\(summary)")
                let positions = expected.compactMap { summary.range(of: $0)?.lowerBound }
                #expect(positions == positions.sorted(), "the summary follows the form")
                #expect(empty.body.contains("value=\"ten\"") && empty.body.contains("value=\"31\""))
                // Dates in the wrong order.
                let backwards = try await ProviderPagesTests.post(
                    client, RoundRoutes.rounds.link, session: leader,
                    [("name", "Year 9 taster days"), ("preference_limit", "5"), ("priority-1", "disadvantaged")]
                        + dates(("1", "3", "2027"), ("20", "2", "2027"), ("10", "2", "2027")))
                #expect(backwards.status == 422)
                #expect(ParsedHTML(backwards.body).text.contains("Preferences must close on or after the day they open"))
                // A group that is not on the list (a hand-made form).
                let unknown = try await ProviderPagesTests.post(
                    client, RoundRoutes.rounds.link, session: leader,
                    [("name", "Year 9 taster days"), ("priority-1", "wealth")]
                        + dates(("1", "3", "2027"), ("12", "3", "2027"), ("26", "3", "2027")))
                #expect(unknown.status == 422 && ParsedHTML(unknown.body).text.contains("Choose a group from the list"))
                #expect(try await RoundModel.query(on: db).count() == 0)

                let created = try await ProviderPagesTests.post(
                    client, RoundRoutes.rounds.link, session: leader,
                    [
                        ("name", "Year 9 taster days"), ("preference_limit", "5"), ("priority-1", "send"), ("priority-2", ""),
                        ("priority-3", "disadvantaged"),
                    ]
                        + dates(("1", "3", "2027"), ("12", "3", "2027"), ("26", "3", "2027")))
                let round = try #require(try await RoundModel.query(on: db).first())
                let roundId = try round.requireID()
                #expect(created.status == 303 && created.location == RoundRoutes.round.link(roundId) + "?done=created")
                #expect(round.roundScope == .school && round.organisationId == world.school && round.roundState == .draft)
                #expect(round.settings.priority == [.send, .disadvantaged] && round.preferenceLimit == 5)
                #expect(round.preferencesOpen == "2027-03-01" && round.offerDeadline == "2027-03-26")
            }
        }
    }

    private static func title(_ world: TestWorld, _ db: any Database) async throws -> String {
        try #require(try await OpportunityModel.find(world.published, on: db)).title
    }
}

/// A provider pledges places from the round's page: every problem in words, nothing changed.
@Suite struct RoundPledgePageTests {
    @Test func aProviderPledgesChangesAndWithdrawsFromTheRoundsPage() async throws {
        try await withApp { app in
            var built = try await TestWorld.build(app)
            try await built.makeRound()
            let world = built
            let services = app.services
            let db = services.storage.database
            let actor = world.leaderActor
            let draft = try await services.rounds.create(
                RoundInput(name: "Draft round", preferencesOpen: "2027-02-01", preferencesClose: "2027-02-14", offerDeadline: "2027-02-28"),
                scope: .school, organisationId: world.school, by: actor
            ).requireID()
            let provider = try await world.session(.providerAdmin)
            let page = RoundRoutes.round.link(draft)
            let pledge = RoundRoutes.pledge.link(draft, world.published)
            @Sendable func taken() async throws -> Int {
                try #require(try await OpportunityModel.find(world.published, on: db)).placesTaken
            }
            try await app.client { client in
                func text(_ uri: String = page) async throws -> String {
                    try await client.execute(uri: uri, method: .get, headers: provider.headers) { ParsedHTML($0.text).text }
                }
                let before = try await text()
                #expect(before.contains("Pledge your places") && before.contains("3 places left; 0 pledged to this round."))
                #expect(before.contains("While the round is being set up you can change or withdraw a pledge."))
                let notANumber = try await ProviderPagesTests.post(client, pledge, session: provider, [("places", "lots")])
                #expect(notANumber.status == 422)
                #expect(ParsedHTML(notANumber.body).text.contains("Enter the number of places to pledge, like 3"))
                #expect(notANumber.body.contains("href=\"#\(RoundPage.placesField(world.published))\""))
                let tooMany = try await ProviderPagesTests.post(client, pledge, session: provider, [("places", "10")])
                #expect(tooMany.status == 409)
                #expect(ParsedHTML(tooMany.body).text.contains("has 3 places left, not 10"))
                let none = try await ProviderPagesTests.post(client, pledge, session: provider, [("places", "0")])
                #expect(none.status == 422 && ParsedHTML(none.body).text.contains("Pledge between 1 and"))
                #expect(try await taken() == 1, "nothing taken by the refused pledges")
                let made = try await ProviderPagesTests.post(client, pledge, session: provider, [("places", " 2 ")])
                #expect(made.status == 303 && made.location == page + "?done=pledged")
                #expect(try await taken() == 3)
                let after = try await text(page + "?done=pledged")
                #expect(after.contains("Your places are pledged") && after.contains("1 place left; 2 pledged to this round."))
                let withdrawn = try await ProviderPagesTests.post(
                    client, RoundRoutes.withdrawPledge.link(draft, world.published), session: provider, [])
                #expect(withdrawn.status == 303 && withdrawn.location == page + "?done=withdrawn")
                #expect(try await taken() == 1)
                // Once choices are open a pledge grows but does not shrink, and cannot be withdrawn.
                let open = try await text(RoundRoutes.round.link(world.round!))
                #expect(open.contains("a pledge can grow but not shrink") && open.contains("1 pledged to this round."))
                #expect(!open.contains("Withdraw pledge"))
                let shrink = try await ProviderPagesTests.post(
                    client, RoundRoutes.withdrawPledge.link(world.round!, world.published), session: provider, [])
                #expect(shrink.status == 409)
            }
        }
    }
}

/// Staff reach a student's choices from the student's record.
@Suite struct StudentRecordRoundLinksTests {
    @Test func theRecordLinksToTheOpenRoundsForStaffOnly() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let record = StudentRoutes.student.link(world.studentRecord)
            let leader = try await world.session(.careersLeader)
            try await app.client { client in
                try await client.execute(uri: record, method: .get, headers: leader.headers) { response in
                    #expect(ParsedHTML(response.text).text.contains("No allocation round is open for choices for this student."))
                }
            }
            var built = world
            try await built.makeRound()
            let round = try #require(built.round)
            let student = try await world.session(.student)
            try await app.client { client in
                try await client.execute(uri: record, method: .get, headers: leader.headers) { response in
                    #expect(ParsedHTML(response.text).text.contains("Choices in World round (open until 24 January 2027)"))
                    #expect(response.text.contains("href=\"\(RoundRoutes.choices.link(round, world.studentRecord))\""))
                    #expect(response.text.contains("href=\"/requests\""))
                }
                try await client.execute(uri: record, method: .get, headers: student.headers) { response in
                    #expect(response.status == .ok)
                    #expect(!ParsedHTML(response.text).text.contains("Finding a place"))
                }
            }
        }
    }
}

extension RoundPagesTests {
    /// Waits (up to 30 s) for a round's background run to end, and requires that it ended well.
    static func waitForRun(_ round: UUID, _ services: AppServices) async throws {
        for _ in 0..<300 {
            guard let status = services.roundRuns.status(round) else { return }
            if let failure = status.failure { Issue.record("the run failed: \(failure)"); return }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("the run did not finish in 30 s")
    }
}
