import FluentKit
import Foundation
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// A Careers Hub (Newcastle), a school in it, a trusted provider with an in-person listing at
/// NE1 4ST (4 places, Years 10–11) and an online one (4 places), and Year 10 students living in
/// Newcastle: enough to run rounds of every scope.
struct RoundFixture {
    let app: TestApp
    let hub: UUID, school: UUID, provider: UUID
    let inPerson: UUID, online: UUID
    var students: [UUID] = []

    static let newcastle = (latitude: 54.9733, longitude: -1.6140)
    /// Preferences open on the frozen test day and close two weeks later.
    static let settings = RoundInput(
        name: "Year 10 summer placements", preferencesOpen: "2027-01-10", preferencesClose: "2027-01-24", offerDeadline: "2027-02-01")
    /// A day after preferences closed, when a round may run.
    static let afterClose = testNow.addingTimeInterval(15 * 86_400)

    var services: AppServices { app.services }
    var db: any Database { app.services.storage.database }
    var leader: AuditActor { AuditActor(userId: nil, actingAs: Role.careersLeader.rawValue, credential: "test") }

    static func build(_ app: TestApp, students count: Int = 6) async throws -> RoundFixture {
        let services = app.services
        let hub = try await AccountCommands.createOrganisation(
            kind: .careersHub, name: "Tyne Hub", localAuthorities: ["E08000021"], services: services)
        let school = try await AccountCommands.createOrganisation(kind: .school, name: "Tyne Academy", hubId: hub, services: services)
        let organisation = try #require(try await OrganisationModel.find(school, on: services.storage.database))
        organisation.postcode = "NE1 4ST"
        try await organisation.save(on: services.storage.database)
        let provider = try await app.makeProvider("Tyne Engineering Ltd")
        let inPerson = try await services.listings.create(providerID: provider.id, input: .mock("in-person")).id
        let online = try await services.listings.create(providerID: provider.id, input: .virtualMock("online")).id
        var fixture = RoundFixture(app: app, hub: hub, school: school, provider: provider.id, inPerson: inPerson, online: online)
        for serial in 1...max(count, 1) where count > 0 {
            fixture.students.append(try await fixture.addStudent(serial))
        }
        return fixture
    }

    /// A Year 10 student at the school living in Newcastle, with an email address.
    func addStudent(_ serial: Int, year: Int = 10, disadvantaged: Bool = false) async throws -> UUID {
        var record = StudentFixtures.record(serial, forename: "Student\(serial)", year: year)
        record.email = "student\(serial)@school.test"
        if disadvantaged { record.disadvantage = TaxonomySet([.freeSchoolMeals]) }
        let model = StudentModel(record, id: UUID())
        model.$school.id = school
        model.latitude = Self.newcastle.latitude
        model.longitude = Self.newcastle.longitude
        try await model.create(on: db)
        return try model.requireID()
    }

    func createRound(_ scope: RoundScope = .school, _ input: RoundInput = settings) async throws -> UUID {
        let organisation: UUID? =
            switch scope {
            case .school: school
            case .hub: hub
            case .national: nil
            }
        return try await services.rounds.create(input, scope: scope, organisationId: organisation, by: leader).requireID()
    }

    func placesTaken(_ opportunity: UUID) async throws -> Int {
        try #require(try await OpportunityModel.find(opportunity, on: db)).placesTaken
    }

    func runner(at date: Date = afterClose) -> RoundRunner {
        RoundRunner(storage: services.storage, gazetteer: services.gazetteer, now: { date })
    }

    func offers(_ round: UUID) async throws -> [OfferModel] {
        try await OfferModel.query(on: db).filter(\.$round.$id == round).all()
    }
}
