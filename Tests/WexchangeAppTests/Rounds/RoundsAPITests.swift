import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// The rounds API, as each actor uses it: the careers leader sets the round up, the provider
/// pledges, the student ranks; refusals name the field and change nothing.
@Suite struct RoundsAPITests {
    static func body(_ json: String) -> ByteBuffer { ByteBuffer(string: json) }

    @Test func eachActorTakesTheirStepThroughTheAPI() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let home = try #require(try await StudentModel.find(world.studentRecord, on: db))
            home.latitude = RoundFixture.newcastle.latitude
            home.longitude = RoundFixture.newcastle.longitude
            try await home.save(on: db)
            let leader = try await world.token(.careersLeader)
            let provider = try await world.token(.providerAdmin)
            let student = try await world.token(.student)
            try await app.client { client in
                // Bad settings: every problem named by its field, nothing stored.
                try await client.execute(
                    uri: "/api/v1/rounds", method: .post, headers: bearer(leader),
                    body: Self.body(#"{"name":"","priority":["richest"],"preferences_open":"2027-02-30"}"#)
                ) { response in
                    #expect(response.status == .badRequest)
                    let fields = (try response.json()["error"] as? [String: Any])?["details"] as? [[String: Any]] ?? []
                    #expect(
                        fields.compactMap { $0["field"] as? String } == [
                            "name", "priority", "preferences_open", "preferences_close", "offer_deadline",
                        ])
                }
                #expect(try await RoundModel.query(on: db).count() == 0)

                let hostileName = "<script>alert(1)</script> \"round\""
                var roundId = ""
                try await client.execute(
                    uri: "/api/v1/rounds", method: .post, headers: bearer(leader),
                    body: try jsonBody(
                        RoundInput(
                            name: hostileName, preferencesOpen: "2027-01-10", preferencesClose: "2027-01-24", offerDeadline: "2027-02-01"))
                ) { response in
                    #expect(response.status == .created)
                    let round = try response.json()
                    #expect(round["name"] as? String == hostileName)
                    #expect(round["scope"] as? String == "school" && round["state"] as? String == "draft")
                    #expect(round["organisation_id"] as? String == world.school.uuidString)
                    #expect((round["seed"] as? Int ?? 0) > 0)
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8", "JSON, never markup")
                    roundId = round["id"] as? String ?? ""
                }
                let pledgePath = "/api/v1/rounds/\(roundId)/pledges/\(world.published.uuidString.lowercased())"
                try await client.execute(uri: pledgePath, method: .put, headers: bearer(provider), body: Self.body(#"{"places":"two"}"#)) {
                    #expect($0.status == .badRequest && $0.text.contains("places"))
                }
                try await client.execute(uri: pledgePath, method: .put, headers: bearer(provider), body: Self.body(#"{"places":9}"#)) {
                    #expect($0.status == .conflict && $0.text.contains("no_places_left"))
                }
                try await client.execute(uri: pledgePath, method: .put, headers: bearer(provider), body: Self.body(#"{"places":2}"#)) {
                    #expect($0.status == .ok)
                    let pledges = try $0.json()["pledges"] as? [[String: Any]] ?? []
                    #expect(pledges.count == 1 && pledges.first?["places"] as? Int == 2)
                }
                // Another provider's listing is not theirs to pledge; a leader pledges nothing.
                try await client.execute(uri: pledgePath, method: .put, headers: bearer(leader), body: Self.body(#"{"places":1}"#)) {
                    #expect($0.status == .forbidden)
                }
                try await client.execute(uri: "/api/v1/rounds/\(roundId)/open", method: .post, headers: bearer(provider)) {
                    #expect($0.status == .forbidden)
                }
                try await client.execute(uri: "/api/v1/rounds/\(roundId)/open", method: .post, headers: bearer(leader)) {
                    let state = try $0.json()["state"] as? String
                    #expect($0.status == .ok && state == "preferences_open")
                }
                let choicesPath = "/api/v1/rounds/\(roundId)/choices/\(world.studentRecord.uuidString.lowercased())"
                try await client.execute(
                    uri: choicesPath, method: .put, headers: bearer(student),
                    body: Self.body(#"{"choices":["\#(UUID().uuidString)"]}"#)
                ) { response in
                    #expect(response.status == .badRequest)
                    #expect(response.text.contains("Your 1st choice is not one of this round's opportunities"))
                    #expect(response.text.contains("choices[0]"))
                }
                try await client.execute(
                    uri: choicesPath, method: .put, headers: bearer(student),
                    body: Self.body(#"{"choices":["\#(world.published.uuidString)"]}"#)
                ) { response in
                    #expect(response.status == .ok)
                    let choices = try response.json()["choices"] as? [String]
                    #expect(choices == [world.published.uuidString])
                }
                // Running before preferences close is refused; the results stay hidden.
                try await client.execute(uri: "/api/v1/rounds/\(roundId)/run", method: .post, headers: bearer(leader)) {
                    #expect($0.status == .conflict && $0.text.contains("the round runs after they close"))
                }
                try await client.execute(uri: "/api/v1/rounds", method: .get, headers: bearer(student)) { response in
                    let rounds = try response.json()["rounds"] as? [[String: Any]] ?? []
                    #expect(rounds.count == 1 && rounds.first?["results"] == nil)
                }
            }
            #expect(try await RoundPreferenceModel.query(on: db).count() == 1)
            #expect(try await OpportunityModel.find(world.published, on: db)?.placesTaken == 2)
        }
    }
}
