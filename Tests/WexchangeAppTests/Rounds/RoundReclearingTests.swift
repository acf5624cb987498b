import FluentKit
import Foundation
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeGeo
import WexchangeMatching
import WexchangeTestSupport

/// Re-clearing: places that come back go to the students who took part and still have no offer,
/// by the round's rules, as often as staff run it; never more offers than places, even when two
/// passes race; each refusal says why and writes nothing.
@Suite struct RoundReclearingTests {
    /// A published round with 2 places of the in-person listing and 4 students who ranked it:
    /// 2 offers, 2 students without one.
    static func publishedRound(_ app: TestApp) async throws -> (RoundFixture, UUID) {
        let world = try await RoundFixture.build(app, students: 4)
        let round = try await world.createRound()
        try await world.services.rounds.pledge(2, of: world.inPerson, to: round, priority: nil, by: world.leader)
        try await world.services.rounds.open(round, by: world.leader)
        for student in world.students {
            try await world.services.rounds.setPreferences([world.inPerson], round: round, student: student, by: world.leader)
        }
        try await world.runner().run(round, by: world.leader)
        try await world.services.roundPublisher.publish(round, by: world.leader)
        try await OutboxMessageModel.query(on: world.db).delete()
        return (world, round)
    }

    static func reclearer(_ world: RoundFixture, at date: Date = RoundFixture.afterClose) -> RoundReclearer {
        RoundReclearer(
            storage: world.services.storage, gazetteer: world.services.gazetteer, outbox: world.services.outbox, publicURL: "",
            now: { date })
    }

    static func holding(_ world: RoundFixture, _ round: UUID) async throws -> Int {
        try await world.offers(round).filter { $0.offerState.holdsPlace }.count
    }

    @Test func returnedPlacesGoToStudentsStillWithoutAnOffer() async throws {
        try await withApp { app in
            let (world, round) = try await Self.publishedRound(app)
            let reclearer = Self.reclearer(world)
            // Nothing has come back yet.
            await #expect(throws: AppError.self) { try await reclearer.reclear(round, by: world.leader) }
            let before = try await world.offers(round)
            #expect(before.count == 2)
            let first = try #require(try await world.offers(round).first)
            let leader = RequestRaceTests.identity(.careersLeader, world.school)
            try await world.services.offers.answer(.decline, offer: first.requireID(), by: leader)
            let model = try await RoundService.find(round, on: world.db)
            let waiting = try await RoundReclearer.waiting(model, today: CalendarDate(RoundFixture.afterClose), on: world.db)
            #expect(waiting == .init(students: 2, placesBack: 1))

            let totals = try await reclearer.reclear(round, by: world.leader)
            #expect(totals == .init(waiting: 2, placesBack: 1, placed: 1))
            let offers = try await world.offers(round)
            let holdingAfterFirst = try await Self.holding(world, round)
            #expect(offers.count == 3 && holdingAfterFirst == 2)
            let originally = Set(before.map(\.$student.id))
            let new = try #require(offers.first { !originally.contains($0.$student.id) })
            #expect(new.offerState == .offered)
            // Made at once (the round is published), answered within a week or by the round's deadline.
            #expect(new.deadline == "2027-02-01")
            let pending = try await world.offers(round).filter { $0.offerState == .pending }
            #expect(pending.isEmpty)
            let outcome = try #require(
                try await RoundOutcomeModel.query(on: world.db).filter(\.$round.$id == round).filter(\.$student.$id == new.$student.id)
                    .first())
            #expect(try outcome.outcome.kind != .unplaced)
            let told = try await OutboxMessageModel.query(on: world.db).all()
            #expect(told.count == 1 && told[0].body.contains("A place has come free"))
            let audit = try await AuditEntryModel.query(on: world.db).filter(\.$action == "round.reclear").all()
            #expect(audit.count == 1 && audit[0].reason == "1 of 2 students placed in 1 places that came back")
            #expect(try await RoundService.find(round, on: world.db).clearings == 1)

            // Nothing more has come back; the student who declined is not offered again.
            await #expect(throws: AppError.self) { try await reclearer.reclear(round, by: world.leader) }
            try await world.services.offers.answer(.decline, offer: new.requireID(), by: leader)
            try await reclearer.reclear(round, by: world.leader)
            let afterSecond = try await world.offers(round)
            let holdingAfterSecond = try await Self.holding(world, round)
            #expect(afterSecond.count == 4 && holdingAfterSecond == 2)
            #expect(Set(afterSecond.map(\.$student.id)).count == 4, "each student had one offer")
            // Every student has had an offer now: a place that comes back stays back.
            let last = try #require(afterSecond.first { $0.offerState == .offered })
            try await world.services.offers.answer(.decline, offer: last.requireID(), by: leader)
            do {
                try await reclearer.reclear(round, by: world.leader)
                Issue.record("re-cleared with nobody waiting")
            } catch let error as AppError {
                #expect(error.message == "Every student who took part in this round has had an offer")
            }
            #expect(try await world.offers(round).count == 4)
        }
    }

    @Test func twoPassesRacingNeverOfferMorePlacesThanPledged() async throws {
        try await withApp { app in
            let (world, round) = try await Self.publishedRound(app)
            let leader = RequestRaceTests.identity(.careersLeader, world.school)
            for offer in try await world.offers(round) {
                try await world.services.offers.answer(.decline, offer: offer.requireID(), by: leader)
            }
            let reclearer = Self.reclearer(world)
            async let one: String = Self.outcome { try await reclearer.reclear(round, by: world.leader) }
            async let two: String = Self.outcome { try await reclearer.reclear(round, by: world.leader) }
            let outcomes = [try await one, try await two].sorted()
            #expect(outcomes == ["placed", "round_changed"] || outcomes == ["nothing_to_reclear", "placed"], "\(outcomes)")
            #expect(try await Self.holding(world, round) == 2, "two places pledged, two held")
        }
    }

    /// The round's page offers its careers leader the pass when places came back and students
    /// wait, says why not otherwise, and the button does it.
    @Test func theRoundPageOffersTheReturnedPlacesAgain() async throws {
        try await withApp { app in
            var built = try await TestWorld.build(app)
            try await built.makeRound()
            let world = built
            let services = app.services
            let db = services.storage.database
            let round = try #require(world.round)
            let actor = world.leaderActor
            var students = [world.studentRecord!]
            students.append(
                try await StudentFixtures.store(StudentFixtures.record(2, forename: "Second"), school: world.school, on: db))
            for id in students {
                let record = try #require(try await StudentModel.find(id, on: db))
                record.latitude = RoundFixture.newcastle.latitude
                record.longitude = RoundFixture.newcastle.longitude
                try await record.save(on: db)
                try await services.rounds.setPreferences([world.published], round: round, student: id, by: actor)
            }
            try await RoundRunner(storage: services.storage, gazetteer: services.gazetteer, now: { RoundFixture.afterClose }).run(
                round, by: actor)
            try await services.roundPublisher.publish(round, by: actor)
            let leader = try await world.session(.careersLeader)
            let page = RoundRoutes.round.link(round)
            try await app.client { client in
                func text() async throws -> String {
                    try await client.execute(uri: page, method: .get, headers: leader.headers) { ParsedHTML($0.text).text }
                }
                #expect(try await text().contains("Every place is held by an offer."))
                let offer = try #require(try await OfferModel.query(on: db).filter(\.$round.$id == round).first())
                let identity = RequestRaceTests.identity(.careersLeader, world.school)
                try await services.offers.answer(.decline, offer: offer.requireID(), by: identity)
                let waiting = try await text()
                #expect(waiting.contains("Offer the returned places again"))
                #expect(
                    waiting.contains("1 place has come back (declined, refused or not answered) and 1 student who took part has no offer"))
                let done = try await ProviderPagesTests.post(client, RoundRoutes.reclear.link(round), session: leader, [])
                #expect(done.status == 303 && done.location == page + "?done=recleared")
                #expect(try await OfferModel.query(on: db).filter(\.$round.$id == round).count() == 2)
                let after = try await text()
                #expect(after.contains("Every place is held by an offer.") && !after.contains("Offer the returned places again"))
                // Again: refused in words, nothing written.
                let again = try await ProviderPagesTests.post(client, RoundRoutes.reclear.link(round), session: leader, [])
                #expect(again.status == 409 && ParsedHTML(again.body).text.contains("No places have come back"))
            }
        }
    }

    /// A placement the provider cancels puts its student back, first: the place goes to them,
    /// not to the students who never had an offer.
    @Test func aStudentWhosePlacementIsCancelledGoesFirst() async throws {
        try await withApp { app in
            let (world, round) = try await Self.publishedRound(app)
            let services = world.services
            let leader = RequestRaceTests.identity(.careersLeader, world.school)
            let provider = RequestRaceTests.identity(.providerAdmin, world.provider)
            let parent = try await RequestRaceTests.parent(world)
            let offer = try #require(try await world.offers(round).first)
            let offerId = try offer.requireID()
            // Only a confirmed placement can be cancelled, and only with a reason.
            await #expect(throws: AppError.self) { try await services.offers.cancel(offerId, reason: "Closed", by: provider) }
            try await services.offers.answer(.accept, offer: offerId, by: leader)
            try await services.offers.consent(OfferLifecycleTests.given, offer: offerId, by: parent)
            await #expect(throws: ValidationFailure.self) { try await services.offers.cancel(offerId, reason: "  ", by: provider) }
            await #expect(throws: ValidationFailure.self) {
                try await services.offers.cancel(offerId, reason: String(repeating: "x", count: 301), by: provider)
            }
            #expect(try await OfferModel.find(offerId, on: world.db)?.state == "confirmed")
            try await OutboxMessageModel.query(on: world.db).delete()
            try await services.offers.cancel(offerId, reason: "Our workshop <flooded>", by: provider)
            #expect(try await OfferModel.find(offerId, on: world.db)?.state == "cancelled")
            let told = try await OutboxMessageModel.query(on: world.db).all()
            #expect(!told.contains { $0.recipient.hasPrefix("parent-") }, "no parent is linked to this student")
            #expect(told.contains { $0.body.contains("Their reason: Our workshop <flooded>") && $0.body.contains("goes first") })
            await #expect(throws: AppError.self) { try await services.offers.cancel(offerId, reason: "Again", by: provider) }
            let audit = try await AuditEntryModel.query(on: world.db).filter(\.$action == "offer.cancel").all()
            #expect(audit.count == 1 && audit.first?.subjectId == offer.$student.id)

            let totals = try await Self.reclearer(world).reclear(round, by: world.leader)
            #expect(totals == .init(waiting: 3, placesBack: 1, placed: 1))
            let again = try await world.offers(round).filter { $0.offerState == .offered && $0.$student.id == offer.$student.id }
            #expect(again.count == 1, "the cancelled student has the place back")
        }
    }

    static func outcome(_ pass: () async throws -> RoundReclearer.Totals) async throws -> String {
        do {
            _ = try await pass()
            return "placed"
        } catch let error as AppError {
            return error.code
        }
    }

    @Test func theReducedInstanceKeepsOnlyWhatCameBackAndWhoWaits() {
        let here = Coordinate(latitude: 54.97, longitude: -1.61)
        func opportunity(_ id: String, _ capacity: Int) -> AllocationOpportunity {
            AllocationOpportunity(id: id, location: here, capacity: capacity, isVirtual: false, years: [10], hub: nil, priority: nil)
        }
        func student(_ id: String, _ preferences: [String]) -> AllocationStudent {
            AllocationStudent(
                id: id, year: 10, location: here, hub: nil, disadvantaged: false, send: false, priorExperience: false, lottery: 1,
                maxKm: 40, preferences: preferences)
        }
        let round = AllocationInstance(
            priority: [.disadvantaged], students: [student("s1", ["a", "b"]), student("s2", ["b"]), student("s3", ["a"])],
            opportunities: [opportunity("a", 3), opportunity("b", 2)])
        let back = ReclearingInstance.placesBack(pledged: ["a": 3, "b": 2], holding: ["a": 3, "b": 1, "gone": 4])
        #expect(back == ["a": 0, "b": 1])
        let reduced = ReclearingInstance.make(round, waiting: ["s1", "s3"], placesBack: back)
        #expect(reduced.opportunities.map(\.id) == ["b"] && reduced.opportunities.map(\.capacity) == [1])
        #expect(reduced.students.map(\.id) == ["s1", "s3"] && reduced.students.map(\.preferences) == [["b"], []])
    }
}
