import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// An offer from a published round to a confirmed placement, through the API: the student
/// accepts, the parent consents, the provider sees only what hosting needs; every refusal says
/// why and changes nothing.
@Suite struct OfferLifecycleTests {
    static let consent = #"""
        {"decision":"give","emergency_name":"Ada <b>Okafor</b>","emergency_phone":"07700 900 982","relationship":"Mother",
         "medical_notes":"Asthma","signed_name":"Ada Okafor","declaration":"yes"}
        """#

    @Test func acceptConsentAndTheProviderSeesOnlyWhatHostingNeeds() async throws {
        try await withApp { app in
            var built = try await TestWorld.build(app)
            try await built.makeOffer()
            let world = built
            let offer = try #require(world.offer).uuidString.lowercased()
            let db = app.services.storage.database
            let student = try await world.token(.student)
            let staff = try await world.token(.careersLeader)
            let provider = try await world.token(.providerAdmin)
            try await app.client { client in
                try await client.execute(uri: "/api/v1/offers", method: .get, headers: bearer(student)) { response in
                    #expect(response.status == .ok)
                    let offers = try response.json()["offers"] as? [[String: Any]] ?? []
                    #expect(offers.count == 1)
                    #expect(offers.first?["state"] as? String == "offered" && offers.first?["answer_by"] as? String == "2027-02-01")
                }
                try await client.execute(uri: "/api/v1/offers/\(offer)", method: .get, headers: bearer(student)) { response in
                    let body = try response.json()
                    let explanation = body["explanation"] as? [String: Any]
                    #expect((explanation?["headline"] as? String)?.hasPrefix("You have a place at your 1st choice") == true)
                    #expect(body["needs_consent"] as? Bool == true)
                    let facts = (body["placement"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
                    #expect(facts.contains("Dates") && facts.contains("Supervisor has an enhanced DBS check"))
                }
                // The parent cannot consent before the student accepts.
                let parent = try await world.token(.parent)
                try await client.execute(
                    uri: "/api/v1/offers/\(offer)/consent", method: .post, headers: bearer(parent), body: ByteBuffer(string: Self.consent)
                ) { response in
                    #expect(response.status == .conflict)
                    #expect(String(buffer: response.body).contains("has not accepted this offer yet"))
                }
                try await client.execute(uri: "/api/v1/offers/\(offer)/accept", method: .post, headers: bearer(student)) { response in
                    #expect(response.status == .ok)
                    let state = try response.json()["state"] as? String
                    #expect(state == "accepted")
                }
                // Staff cannot accept twice for the student.
                try await client.execute(uri: "/api/v1/offers/\(offer)/accept", method: .post, headers: bearer(staff)) { response in
                    #expect(response.status == .conflict)
                }
                let asked = try await OutboxMessageModel.query(on: db).filter(\.$recipient == TestWorld.email(.parent)).all()
                #expect(asked.count == 1 && asked[0].body.contains("/offers/\(offer)/consent"))
                // Nobody is on a placement yet.
                try await client.execute(uri: "/api/v1/placements", method: .get, headers: bearer(provider)) { response in
                    let placements = try response.json()["placements"] as? [Any]
                    #expect(placements?.isEmpty == true)
                }
                // A bad consent: every problem named, nothing stored.
                try await client.execute(
                    uri: "/api/v1/offers/\(offer)/consent", method: .post, headers: bearer(parent),
                    body: ByteBuffer(string: #"{"decision":"give","emergency_phone":"call me","signed_name":""}"#)
                ) { response in
                    #expect(response.status == .badRequest)
                    let fields = (try response.json()["error"] as? [String: Any])?["details"] as? [[String: Any]] ?? []
                    #expect(
                        fields.compactMap { $0["field"] as? String } == [
                            "signed_name", "emergency_name", "emergency_phone", "relationship", "declaration",
                        ])
                }
                #expect(try await ConsentModel.query(on: db).count() == 0)
                #expect(try await OfferModel.find(world.offer, on: db)?.offerState == .accepted)

                try await client.execute(
                    uri: "/api/v1/offers/\(offer)/consent", method: .post, headers: bearer(parent), body: ByteBuffer(string: Self.consent)
                ) { response in
                    #expect(response.status == .ok)
                    let state = try response.json()["state"] as? String
                    #expect(state == "confirmed")
                }
                try await client.execute(uri: "/api/v1/placements", method: .get, headers: bearer(provider)) { response in
                    let text = String(buffer: response.body)
                    let placements = try response.json()["placements"] as? [[String: Any]] ?? []
                    #expect(placements.count == 1)
                    #expect(placements.first?["student"] as? String == "Sunny Pupil")
                    #expect(placements.first?["year_group"] as? Int == 10 && placements.first?["school"] as? String == "Tyne Academy")
                    let contact = placements.first?["emergency_contact"] as? [String: Any]
                    #expect(contact?["name"] as? String == "Ada <b>Okafor</b>" && contact?["phone"] as? String == "07700 900 982")
                    // Never the record's private facts.
                    for secret in [StudentFixtures.upn(1), "2011-03-04", "upn", "date_of_birth", "disadvantage", "sen", "Test Pupil"] {
                        #expect(!text.contains(secret), "a provider read \(secret)")
                    }
                }
            }
            let confirmed = try await OutboxMessageModel.query(on: db).filter(\.$subject ~~ "confirmed").all()
            #expect(Set(confirmed.map(\.recipient)) == [TestWorld.email(.parent)])
            let trail = try await AuditEntryModel.query(on: db).filter(\.$subjectId == world.studentRecord).all().map(\.action)
            for action in [AuditAction.offerAccept, .consentGive, .placementRead] { #expect(trail.contains(action.rawValue)) }
        }
    }

    @Test func aRefusedConsentOrADeclineGivesThePlaceBackToTheRound() async throws {
        try await withApp { app in
            var world = try await TestWorld.build(app)
            try await world.makeOffer()
            let offerId = try #require(world.offer)
            let services = app.services
            let student = try await identity(world, .student)
            let parent = try await identity(world, .parent)
            #expect(try await services.offers.answer(.accept, offer: offerId, by: student) == .accepted)
            #expect(
                try await services.offers.consent(ConsentInput(decision: "refuse", signedName: "Ada Okafor"), offer: offerId, by: parent)
                    == .declined)
            let consent = try #require(try await ConsentModel.query(on: services.storage.database).first())
            #expect(!consent.given && consent.emergencyContact == nil && consent.placementFacts.contains("Placement: "))
            // Declined for good: neither may change it again.
            await #expect(throws: AppError.self) { try await services.offers.answer(.accept, offer: offerId, by: student) }
            await #expect(throws: AppError.self) {
                try await services.offers.consent(OfferLifecycleTests.given, offer: offerId, by: parent)
            }
            // The round still holds its pledged place for re-clearing.
            #expect(try await OpportunityModel.find(world.published, on: services.storage.database)?.placesTaken == 1)
        }
    }

    @Test func unansweredOffersLapseAfterTheirDeadline() async throws {
        try await withApp { app in
            var world = try await TestWorld.build(app)
            try await world.makeOffer(deadline: "2027-01-09")
            let services = app.services
            let offerId = try #require(world.offer)
            // Read as lapsed at once; refused in words; written by the sweep.
            let summaries = try await services.offerReader.summaries(for: try await identity(world, .student))
            #expect(summaries.map(\.state) == [.lapsed])
            let late = await Result(catching: {
                try await services.offers.answer(.accept, offer: offerId, by: try await identity(world, .student))
            })
            guard case .failure(let error as AppError) = late else { Issue.record("a late answer was taken"); return }
            #expect(error.message == "The deadline to answer this offer was 9 January 2027: its place has gone back")
            #expect(try await services.offers.lapseOverdue() == 1)
            #expect(try await services.offers.lapseOverdue() == 0)
            #expect(try await OfferModel.find(offerId, on: services.storage.database)?.offerState == .lapsed)
        }
    }

    /// An accepted offer waits a week past its answer deadline for consent, then its place goes
    /// back: a place is never held for ever by a form nobody signs.
    @Test func anAcceptedOfferWithoutConsentLapsesAWeekAfterItsDeadline() async throws {
        let settings = TestSettings()
        try await withApp(settings: settings) { app in
            let world = try await TestWorld.build(app)
            let services = app.services
            let db = services.storage.database
            // Accepted from a request on 10 January: answer by 17 January, so consent by 24 January.
            let offerId = try await world.requestedOffer()
            try await services.offers.answer(.accept, offer: offerId, by: try await identity(world, .student))
            let taken = try #require(try await OpportunityModel.find(world.published, on: db)).placesTaken
            try await OutboxMessageModel.query(on: db).delete()
            settings.clock.set("2027-01-24")
            #expect(try await services.offers.lapseOverdue() == 0, "the last day to consent")
            // Re-clearing and requests count it as holding its place until the day is out.
            let stored = try #require(try await OfferModel.find(offerId, on: db))
            let firstDay = CalendarDate(iso: "2027-07-05")
            #expect(stored.holdsPlace(today: CalendarDate(iso: "2027-01-24")!, firstDay: firstDay))
            #expect(!stored.holdsPlace(today: CalendarDate(iso: "2027-01-25")!, firstDay: firstDay))
            let waiting = try await services.offerReader.summaries(for: try await identity(world, .student))
            #expect(waiting.map(\.state) == [.accepted] && waiting.first?.consentBy == CalendarDate(iso: "2027-01-24"))

            settings.clock.set("2027-01-25")
            let parent = try await identity(world, .parent)
            let student = try await identity(world, .student)
            #expect(try await services.offerReader.summaries(for: student).map(\.state) == [.lapsed], "read as lapsed at once")
            let late = await Result(catching: { try await services.offers.consent(Self.given, offer: offerId, by: parent) })
            guard case .failure(let error as AppError) = late else { Issue.record("a late consent was taken"); return }
            #expect(error.message == "The time to give consent ended on 24 January 2027: the place has gone back")
            #expect(try await ConsentModel.query(on: db).count() == 0)
            #expect(try await services.offers.lapseOverdue() == 1)
            #expect(try await services.offers.lapseOverdue() == 0)
            #expect(try await OfferModel.find(offerId, on: db)?.offerState == .lapsed)
            #expect(try #require(try await OpportunityModel.find(world.published, on: db)).placesTaken == taken - 1, "the place is back")
            let mail = try await OutboxMessageModel.query(on: db).all()
            #expect(Set(mail.map(\.recipient)) == [TestWorld.email(.parent)])
            #expect(mail.first?.subject == "Work experience place not confirmed: Engineering work placement")
            let detail = try await services.offerReader.detail(offerId)
            let page = OfferPage(viewer: try #require(Viewer(student)), detail: detail, mayAnswer: false, mayConsent: false)
            #expect(page.status == "Accepted, but no parent or carer gave consent by 24 January 2027: the place has gone back")
        }
    }

    @Test func twoAcceptsRacingOneWins() async throws {
        try await withApp { app in
            var world = try await TestWorld.build(app)
            try await world.makeOffer()
            let offerId = try #require(world.offer)
            let services = app.services
            let student = try await identity(world, .student)
            let staff = try await identity(world, .schoolStaff)
            async let accept = Result(catching: { try await services.offers.answer(.accept, offer: offerId, by: student) })
            async let again = Result(catching: { try await services.offers.answer(.accept, offer: offerId, by: staff) })
            let results = await [accept, again]
            #expect(results.filter { (try? $0.get()) != nil }.count == 1)
            #expect(try #require(try await OfferModel.find(offerId, on: services.storage.database)).offerState == .accepted)
            let accepts = try await AuditEntryModel.query(on: services.storage.database).filter(
                \.$action == AuditAction.offerAccept.rawValue
            ).count()
            #expect(accepts == 1)
        }
    }

    static let given = ConsentInput(
        decision: "give", emergencyName: "Ada Okafor", emergencyPhone: "07700 900 982", relationship: "Mother", signedName: "Ada Okafor",
        declaration: "yes")

    func identity(_ world: TestWorld, _ role: Role) async throws -> Identity {
        try #require(try await world.app.services.authenticator.identity(sessionToken: try await world.sessionToken(role)))
    }
}

extension Result where Failure == any Error {
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
