import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Synchronization
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// The request path through the API: a student asks, the provider (seeing only what deciding
/// needs) accepts, the place is taken and offered, a declined offer gives it back; every refusal
/// says why and changes nothing.
@Suite struct PlaceRequestTests {
    static func placesTaken(_ world: TestWorld) async throws -> Int {
        try #require(try await OpportunityModel.find(world.published, on: world.app.services.storage.database)).placesTaken
    }

    @Test func askAcceptAndADeclinedOfferGivesThePlaceBack() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let student = try await world.token(.student)
            let provider = try await world.token(.providerAdmin)
            let record = world.studentRecord.uuidString.lowercased()
            let before = try await Self.placesTaken(world)
            try await app.client { client in
                var requestId = ""
                let ask = #"{"opportunity_id":"\#(world.published.uuidString)","message":"I love <b>bridges</b>"}"#
                try await client.execute(
                    uri: "/api/v1/students/\(record)/requests", method: .post, headers: bearer(student), body: ByteBuffer(string: ask)
                ) { response in
                    #expect(response.status == .created)
                    let body = try response.json()
                    requestId = body["id"] as? String ?? ""
                    #expect(body["state"] as? String == "requested" && body["answer_by"] as? String == "2027-01-20")
                    #expect(body["message"] as? String == "I love <b>bridges</b>")
                }
                // The provider's people hear of it, with no student named.
                let told = try await OutboxMessageModel.query(on: db).filter(\.$recipient == TestWorld.email(.providerAdmin)).all()
                #expect(told.count == 1 && told[0].body.contains("/requests") && !told[0].body.contains("Test"))
                // The provider reads only what deciding needs, and the read is audited.
                try await client.execute(uri: "/api/v1/requests", method: .get, headers: bearer(provider)) { response in
                    #expect(response.status == .ok)
                    let text = String(buffer: response.body)
                    let requests = try response.json()["requests"] as? [[String: Any]] ?? []
                    #expect(requests.count == 1 && requests.first?["student_id"] == nil)
                    #expect(requests.first?["year_group"] as? Int == 10 && requests.first?["school"] as? String == "Tyne Academy")
                    let upn = try #require(try await StudentModel.find(world.studentRecord, on: db)).upn
                    #expect(!text.contains(upn) && !text.contains("2011-03-04") && !text.contains("disadvantage"))
                }
                let reads = try await AuditEntryModel.query(on: db).filter(\.$action == "request.read").all()
                #expect(reads.count == 1 && reads.first?.subjectId == world.studentRecord)
                // The student cannot answer their own request; the provider accepts it.
                try await client.execute(uri: "/api/v1/requests/\(requestId)/accept", method: .post, headers: bearer(student)) {
                    #expect($0.status == .forbidden)
                }
                var offerId = ""
                try await client.execute(uri: "/api/v1/requests/\(requestId)/accept", method: .post, headers: bearer(provider)) {
                    response in
                    #expect(response.status == .ok)
                    let body = try response.json()
                    #expect(body["state"] as? String == "accepted")
                    offerId = body["offer_id"] as? String ?? ""
                }
                #expect(try await Self.placesTaken(world) == before + 1)
                // Accepting twice changes nothing.
                try await client.execute(uri: "/api/v1/requests/\(requestId)/accept", method: .post, headers: bearer(provider)) {
                    #expect($0.status == .conflict)
                    #expect(String(buffer: $0.body).contains("already closed"))
                }
                #expect(try await Self.placesTaken(world) == before + 1)
                try await client.execute(uri: "/api/v1/offers", method: .get, headers: bearer(student)) { response in
                    let offers = try response.json()["offers"] as? [[String: Any]] ?? []
                    #expect(offers.count == 1 && offers.first?["id"] as? String == offerId.uppercased())
                    #expect(offers.first?["state"] as? String == "offered" && offers.first?["answer_by"] as? String == "2027-01-17")
                }
                // Asking again while the offer holds the place is refused.
                try await client.execute(
                    uri: "/api/v1/students/\(record)/requests", method: .post, headers: bearer(student), body: ByteBuffer(string: ask)
                ) { response in
                    #expect(response.status == .conflict)
                    #expect(String(buffer: response.body).contains("already has a place"))
                }
                try await client.execute(uri: "/api/v1/offers/\(offerId)/decline", method: .post, headers: bearer(student)) {
                    #expect($0.status == .ok)
                }
                #expect(try await Self.placesTaken(world) == before, "a declined offer from a request gives its place back")
            }
            let actions = try await AuditEntryModel.query(on: db).filter(\.$subjectId == world.studentRecord).all().map(\.action)
            #expect(actions.contains("request.make") && actions.contains("request.accept") && actions.contains("offer.decline"))
        }
    }

    @Test func everyRefusalSaysWhyAndChangesNothing() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let services = app.services
            let sixthForm = try await services.listings.create(providerID: world.providerA, input: .mock("sixth") { $0.years = [12, 13] })
                .id
            try await world.setStatus(sixthForm) { try $0.approve() }
            let record = world.studentRecord.uuidString.lowercased()
            let student = try await world.token(.student)
            func ask(_ token: String, _ body: String, record: String = record) async throws -> (HTTPResponse.Status, String) {
                let answer = Mutex<(HTTPResponse.Status, String)>((.ok, ""))
                try await app.client { client in
                    let got = try await client.execute(
                        uri: "/api/v1/students/\(record)/requests", method: .post, headers: bearer(token), body: ByteBuffer(string: body)
                    ) { ($0.status, String(buffer: $0.body)) }
                    answer.withLock { $0 = got }
                }
                return answer.withLock { $0 }
            }
            let published = world.published.uuidString
            let cases: [(String, Role, String, HTTPResponse.Status, String)] = [
                (
                    "wrong year", .student, #"{"opportunity_id":"\#(sixthForm.uuidString)"}"#, .conflict,
                    "for Year 12, 13, and the student is in Year 10"
                ),
                ("not published", .student, #"{"opportunity_id":"\#(world.waiting.uuidString)"}"#, .notFound, "not_found"),
                ("no such listing", .student, #"{"opportunity_id":"\#(UUID().uuidString)"}"#, .notFound, "not_found"),
                (
                    "note too long", .student, #"{"opportunity_id":"\#(published)","message":"\#(String(repeating: "a", count: 601))"}"#,
                    .badRequest, "600 characters or fewer"
                ),
                ("no opportunity", .student, #"{"message":"hello"}"#, .badRequest, "opportunity_id"),
                ("not JSON", .student, "opportunity", .badRequest, "invalid_json"),
                ("a parent", .parent, #"{"opportunity_id":"\#(published)"}"#, .forbidden, "forbidden"),
                ("a provider", .providerAdmin, #"{"opportunity_id":"\#(published)"}"#, .notFound, "not_found"),
                ("a hub coordinator", .hubCoordinator, #"{"opportunity_id":"\#(published)"}"#, .notFound, "not_found"),
            ]
            for (name, role, body, status, words) in cases {
                let (got, text) = try await ask(role == .student ? student : try await world.token(role), body)
                #expect(got == status, "\(name)")
                #expect(text.contains(words), "\(name): \(text)")
            }
            let (unknown, _) = try await ask(student, #"{"opportunity_id":"\#(published)"}"#, record: UUID().uuidString)
            #expect(unknown == .notFound)
            #expect(try await PlaceRequestModel.query(on: db).count() == 0, "nothing stored")

            // One request; asking twice is refused; a bad reason leaves it waiting; withdrawn, it may be asked again.
            let (made, madeText) = try await ask(student, #"{"opportunity_id":"\#(published)"}"#)
            #expect(made == .created, "\(madeText)")
            let (twice, twiceText) = try await ask(try await world.token(.careersLeader), #"{"opportunity_id":"\#(published)"}"#)
            #expect(twice == .conflict && twiceText.contains("already been requested"))
            let request = try #require(try await PlaceRequestModel.query(on: db).first()).requireID().uuidString
            let provider = try await world.token(.providerAdmin)
            try await app.client { client in
                try await client.execute(
                    uri: "/api/v1/requests/\(request)/decline", method: .post, headers: bearer(provider),
                    body: ByteBuffer(string: #"{"reason":"\#(String(repeating: "b", count: 301))"}"#)
                ) { response in
                    #expect(response.status == .badRequest)
                    #expect(String(buffer: response.body).contains("300 characters or fewer"))
                }
                try await client.execute(
                    uri: "/api/v1/requests/\(request)/decline", method: .post, headers: bearer(provider),
                    body: ByteBuffer(string: #"{"reason":5}"#)
                ) { response in
                    #expect(response.status == .badRequest)
                    #expect(String(buffer: response.body).contains("reason"))
                }
                try await client.execute(uri: "/api/v1/requests/\(request)/withdraw", method: .post, headers: bearer(provider)) {
                    #expect($0.status == .forbidden)
                }
                try await client.execute(uri: "/api/v1/requests/\(request)/withdraw", method: .post, headers: bearer(student)) { response in
                    #expect(response.status == .ok)
                    let state = try response.json()["state"] as? String
                    #expect(state == "withdrawn")
                }
                try await client.execute(uri: "/api/v1/requests/\(request)/accept", method: .post, headers: bearer(provider)) {
                    #expect($0.status == .conflict)
                }
            }
            #expect(try await Self.placesTaken(world) == 0)
            let (again, _) = try await ask(student, #"{"opportunity_id":"\#(published)"}"#)
            #expect(again == .created)
            #expect(try await PlaceRequestModel.query(on: db).count() == 1, "asked again on the same row")
            // Declined with a reason, the student reads it and may not ask again.
            try await app.client { client in
                try await client.execute(
                    uri: "/api/v1/requests/\(request)/decline", method: .post, headers: bearer(provider),
                    body: ByteBuffer(string: #"{"reason":"We are full <that> week"}"#)
                ) { #expect($0.status == .ok) }
                try await client.execute(uri: "/api/v1/requests", method: .get, headers: bearer(student)) { response in
                    let requests = try response.json()["requests"] as? [[String: Any]] ?? []
                    #expect(requests.first?["state"] as? String == "declined")
                    #expect(requests.first?["reason"] as? String == "We are full <that> week")
                }
            }
            let (declined, declinedText) = try await ask(student, #"{"opportunity_id":"\#(published)"}"#)
            #expect(declined == .conflict && declinedText.contains("already declined"))
        }
    }

    /// A request the provider leaves unanswered expires after its day; the student may ask again.
    @Test func unansweredRequestsExpire() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let services = app.services
            let leader = RequestRaceTests.identity(.careersLeader, world.school)
            let request = try await services.placeRequests.request(world.published, for: world.studentRecord, message: nil, by: leader)
            #expect(request.answerBy == "2027-01-20")
            let later = PlaceRequestService(
                catalogue: services.catalogue, outbox: services.outbox, publicURL: "",
                now: {
                    testNow.addingTimeInterval(11 * 86_400)
                })
            let provider = RequestRaceTests.identity(.providerAdmin, world.providerA)
            let requestId = try request.requireID()
            await #expect(throws: AppError.self) { try await later.accept(requestId, by: provider) }
            #expect(try await later.expireOverdue() == 1)
            #expect(try await later.expireOverdue() == 0)
            let stored = try #require(try await PlaceRequestModel.find(request.requireID(), on: services.storage.database))
            #expect(stored.state == "expired")
            try await later.request(world.published, for: world.studentRecord, message: "Still keen", by: leader)
            #expect(try await PlaceRequestModel.find(request.requireID(), on: services.storage.database)?.state == "requested")
        }
    }

    /// The provider cancels a placement through the API: a reason is needed, others may not.
    @Test func theProviderCancelsThroughTheAPI() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let services = app.services
            let offer = try await world.requestedOffer()
            try await services.offers.answer(.accept, offer: offer, by: try await world.identity(.student))
            try await services.offers.consent(OfferLifecycleTests.given, offer: offer, by: try await world.identity(.parent))
            let provider = try await world.token(.providerAdmin)
            let leader = try await world.token(.careersLeader)
            let uri = "/api/v1/placements/\(offer.uuidString.lowercased())/cancel"
            try await app.client { client in
                for body in ["", "{}", #"{"reason":"   "}"#] {
                    try await client.execute(uri: uri, method: .post, headers: bearer(provider), body: ByteBuffer(string: body)) {
                        response in
                        #expect(response.status == .badRequest, "\(body)")
                        #expect(String(buffer: response.body).contains("Enter why the placement is cancelled"), "\(body)")
                    }
                }
                try await client.execute(
                    uri: uri, method: .post, headers: bearer(leader), body: ByteBuffer(string: #"{"reason":"No"}"#)
                ) { #expect($0.status == .forbidden) }
                #expect(try await OfferModel.find(offer, on: services.storage.database)?.state == "confirmed")
                try await client.execute(
                    uri: uri, method: .post, headers: bearer(provider), body: ByteBuffer(string: #"{"reason":"The office is closing"}"#)
                ) { response in
                    #expect(response.status == .ok)
                    let placements = try response.json()["placements"] as? [Any]
                    #expect(placements?.isEmpty == true)
                }
            }
            #expect(try await OfferModel.find(offer, on: services.storage.database)?.state == "cancelled")
            #expect(try await Self.placesTaken(world) == 0)
        }
    }
}
