import FluentKit
import Foundation
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// No over-allocation on the request path: 200 students' requests for an opportunity with 3
/// places left are accepted at once; the database's conditional update lets exactly 3 through.
@Suite struct RequestRaceTests {
    static func identity(_ role: Role, _ organisation: UUID) -> Identity {
        let id = UUID()
        return Identity(
            userId: id, name: "Test \(role.label)", membershipId: nil, membership: Membership(organisationId: organisation, role: role),
            organisationName: "Test", credential: .personalToken(id: id, label: "test"))
    }

    /// A parent with a real account (a consent names its signer), acting through an API token.
    static func parent(_ world: RoundFixture) async throws -> Identity {
        let user = UserModel(email: "parent-\(UUID())@school.test", name: "A Parent", passwordHash: nil)
        try await user.create(on: world.db)
        let id = try user.requireID()
        return Identity(
            userId: id, name: "A Parent", membershipId: nil, membership: Membership(organisationId: world.school, role: .parent),
            organisationName: "Tyne Academy", credential: .personalToken(id: id, label: "test"))
    }

    /// On PostgreSQL the accepts race through four app instances sharing the database, as
    /// separate servers would; on SQLite through one (see `PlaceLedgerTests`). Then the three
    /// students accept and their parents consent: places taken equals confirmed placements.
    @Test func twoHundredAcceptsForTheLastThreePlaces() async throws {
        try await withApp { app in
            let world = try await RoundFixture.build(app, students: 0)
            let opportunity = world.inPerson
            let before = try await world.placesTaken(opportunity)
            let capacity = try #require(try await OpportunityModel.find(opportunity, on: world.db)).capacity
            // Leave three places: a round holds the rest.
            let filler = try await world.createRound()
            try await world.services.rounds.pledge(capacity - before - 3, of: opportunity, to: filler, priority: nil, by: world.leader)
            let leader = Self.identity(.careersLeader, world.school)
            var requests: [UUID] = []
            for serial in 1...200 {
                let student = try await world.addStudent(serial)
                requests.append(
                    try await world.services.placeRequests.request(opportunity, for: student, message: nil, by: leader).requireID())
            }
            var instances: [AppServices] = []
            if TestDatabase.postgresURL != nil {
                for _ in 0..<4 { instances.append(try makeServices(app.services.storage.location)) }
            }
            let racers = instances.isEmpty ? [app.services] : instances
            let provider = Self.identity(.providerAdmin, world.provider)
            let outcomes = try await withThrowingTaskGroup(of: String.self) { group in
                for (index, request) in requests.enumerated() {
                    let services = racers[index % racers.count]
                    group.addTask {
                        do {
                            try await services.placeRequests.accept(request, by: provider)
                            return "accepted"
                        } catch let error as AppError {
                            return error.message.hasPrefix("No places left") ? error.code : "\(error.code): \(error.message)"
                        }
                    }
                }
                return try await group.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
            }
            for services in instances { await services.storage.shutdown() }
            #expect(outcomes == ["accepted": 3, "no_places_left": 197])
            #expect(try await world.placesTaken(opportunity) == capacity)
            // The refused requests are untouched, still waiting for an answer.
            let states = try await PlaceRequestModel.query(on: world.db).all().map(\.state)
            #expect(states.filter { $0 == "accepted" }.count == 3 && states.filter { $0 == "requested" }.count == 197)
            let offers = try await OfferModel.query(on: world.db).filter(\.$round.$id == nil).all()
            #expect(offers.count == 3)
            let parent = try await Self.parent(world)
            for offer in offers {
                try await world.services.offers.answer(.accept, offer: offer.requireID(), by: leader)
                try await world.services.offers.consent(
                    ConsentInput(
                        decision: "give", emergencyName: "A Parent", emergencyPhone: "07700 900 982", relationship: "Mother",
                        signedName: "A Parent", declaration: "yes"),
                    offer: offer.requireID(), by: parent)
            }
            let confirmed = try await OfferModel.query(on: world.db).filter(\.$state == OfferState.confirmed.rawValue).count()
            #expect(confirmed == 3)
            #expect(try await world.placesTaken(opportunity) - (capacity - 3) == confirmed, "places taken by requests = placements")
        }
    }
}
