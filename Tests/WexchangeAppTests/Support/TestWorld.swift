import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import NIOCore
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// A small world with every kind of organisation, one person per role and listings in each
/// moderation state, for access and moderation tests.
///
/// The hub covers Newcastle upon Tyne (E08000021); the listings are at NE1 4ST, inside it.
/// Provider A is untrusted, so its listings wait for moderation.
struct TestWorld {
    static let password = "correct horse battery"

    let app: TestApp
    let hub: UUID, otherHub: UUID, school: UUID, convenor: UUID, body: UUID, providerA: UUID, providerB: UUID
    let providerAKey: String
    var users: [Role: UUID] = [:]
    var memberships: [Role: UUID] = [:]
    /// Provider A's listings: published, waiting (in the hub), draft, waiting but in a private
    /// home (never approvable), and waiting online (national moderation).
    var published: UUID!, waiting: UUID!, draft: UUID!, blocked: UUID!, virtualWaiting: UUID!
    /// A badge the world's accreditation body granted provider B.
    var badge: UUID!
    /// The school's review of the published listing, with a comment waiting to be read.
    var review: UUID!
    /// The world's student's record at the school (linked to their account, so to the parent).
    var studentRecord: UUID!
    /// An experience in that student's journey, where a test records one (`ReflectionTests.recordEntry`).
    var journeyEntry: UUID?
    /// A school round of the world's school with preferences open and one place of the published
    /// listing pledged, where a test makes one (`makeRound`).
    var round: UUID?
    /// The world's student's offer of the published listing from `round` (`makeOffer`).
    var offer: UUID?
    /// The world's student's request for the published listing, already declined by provider A,
    /// so every answer to it is refused and changes nothing (`makeDeclinedRequest`).
    var request: UUID?

    static func email(_ role: Role) -> String { "\(role.rawValue)@world.test" }

    /// The school's careers leader as the audit log names them.
    var leaderActor: AuditActor { AuditActor(userId: users[.careersLeader], actingAs: Role.careersLeader.rawValue, credential: "test") }

    static func build(_ app: TestApp) async throws -> TestWorld {
        let services = app.services
        let hub = try await AccountCommands.createOrganisation(
            kind: .careersHub, name: "Tyne Hub", localAuthorities: ["E08000021"], services: services)
        let otherHub = try await AccountCommands.createOrganisation(
            kind: .careersHub, name: "Durham Hub", localAuthorities: ["E06000047"], services: services)
        let school = try await AccountCommands.createOrganisation(kind: .school, name: "Tyne Academy", hubId: hub, services: services)
        let convenor = try await AccountCommands.nationalConvenor(services)
        let body = try await AccountCommands.createOrganisation(kind: .accreditationBody, name: "Quality Body", services: services)
        let providerA = try await app.makeProvider("Provider A", trusted: false)
        let providerB = try await app.makeProvider("Provider B", trusted: false)
        var world = TestWorld(
            app: app, hub: hub, otherHub: otherHub, school: school, convenor: convenor, body: body,
            providerA: providerA.id, providerB: providerB.id, providerAKey: providerA.key)
        for role in Role.allCases {
            let organisation: UUID =
                switch role.organisationKind {
                case .school: school
                case .provider: providerA.id
                case .careersHub: hub
                case .nationalConvenor: convenor
                case .accreditationBody: body
                }
            let user = try await services.accounts.createUser(
                .init(
                    email: email(role), name: "World \(role.label)", password: password,
                    memberships: [.init(organisationId: organisation, role: role, yearGroup: role == .student ? 10 : nil)],
                    linkedStudents: role == .parent ? [world.users[.student]!] : []))
            world.users[role] = try user.requireID()
            world.memberships[role] = try #require(
                try await MembershipModel.query(on: services.storage.database)
                    .filter(\.$user.$id == user.requireID()).first()
            ).requireID()
        }
        let writer = services.listings
        world.published = try await writer.create(providerID: providerA.id, input: .mock("published")).id
        try await world.setStatus(world.published) { try $0.approve() }
        world.waiting = try await writer.create(providerID: providerA.id, input: .mock("waiting")).id
        world.draft = try await writer.create(providerID: providerA.id, input: .mock("draft") { $0.status = "draft" }).id
        world.blocked = try await writer.create(providerID: providerA.id, input: .mock("blocked")).id
        try await world.setStatus(world.blocked) { row in
            var details = try row.details()
            details.privateHome = true
            try row.record(details, trusted: false, now: testNow)
        }
        world.virtualWaiting = try await writer.create(providerID: providerA.id, input: .virtualMock("online")).id
        let badge = ProviderBadgeModel(
            providerID: providerB.id, name: "Careers quality award", grantedBy: "Quality Body", expires: "2027-12-31")
        badge.bodyId = body
        try await badge.create(on: services.storage.database)
        world.badge = try badge.requireID()
        let review = ReviewModel(
            opportunityID: world.published, providerID: providerA.id, organisationID: school, userID: world.users[.careersLeader]!)
        review.stars = 4
        review.comment = "Well organised."
        review.commentStatus = ReviewModel.CommentStatus.pending.rawValue
        try await review.create(on: services.storage.database)
        world.review = try review.requireID()
        world.studentRecord = try await StudentFixtures.store(
            StudentFixtures.record(1), school: school, user: world.users[.student], on: services.storage.database)
        return world
    }

    /// Changes a stored listing directly (for states the API cannot reach), then refreshes search.
    /// Makes `round`: run by the school's careers leader, open for preferences until 2027-01-24.
    mutating func makeRound() async throws {
        let services = app.services
        let actor = leaderActor
        let created = try await services.rounds.create(
            RoundInput(name: "World round", preferencesOpen: "2027-01-10", preferencesClose: "2027-01-24", offerDeadline: "2027-02-01"),
            scope: .school, organisationId: school, by: actor)
        let id = try created.requireID()
        try await services.rounds.pledge(1, of: published, to: id, priority: nil, by: actor)
        try await services.rounds.open(id, by: actor)
        round = id
    }

    /// Makes `offer`: the world's student (living in Newcastle) ranks the published listing, the
    /// round runs after preferences close and is published. `deadline` replaces the round's
    /// offer deadline on the offer (a past one makes every answer a refusal that changes nothing).
    mutating func makeOffer(deadline: String? = nil) async throws {
        if round == nil { try await makeRound() }
        let services = app.services
        let db = services.storage.database
        let actor = leaderActor
        let home = try #require(try await StudentModel.find(studentRecord, on: db))
        home.latitude = RoundFixture.newcastle.latitude
        home.longitude = RoundFixture.newcastle.longitude
        home.preferredForename = "Sunny"
        try await home.save(on: db)
        try await services.rounds.setPreferences([published], round: round!, student: studentRecord, by: actor)
        try await RoundRunner(storage: services.storage, gazetteer: services.gazetteer, now: { RoundFixture.afterClose }).run(
            round!, by: actor)
        try await services.roundPublisher.publish(round!, by: actor)
        let made = try #require(try await OfferModel.query(on: db).filter(\.$round.$id == round!).first())
        if let deadline {
            made.deadline = deadline
            try await made.save(on: db)
        }
        try await OutboxMessageModel.query(on: db).delete()
        offer = try made.requireID()
    }

    /// Another student of the world's school has finished a placement on the published listing
    /// (stored directly): the school and its hub may now rate provider A (`ReviewParticipation`).
    func finishedPlacement() async throws {
        let db = app.services.storage.database
        let student = try await StudentFixtures.store(StudentFixtures.record(90, surname: "Finished"), school: school, on: db)
        let offer = OfferModel(
            roundId: nil, studentId: student, opportunityId: published, state: .completed, rank: nil, deadline: "2027-01-01")
        try await offer.create(on: db)
    }

    /// `role`'s person as the services see them, signed in.
    func identity(_ role: Role) async throws -> Identity {
        try #require(try await app.services.authenticator.identity(sessionToken: try await sessionToken(role)))
    }

    /// The world's student asks for the published listing (the request waits for an answer).
    @discardableResult
    func studentAsksForPublished() async throws -> PlaceRequestModel {
        try await app.services.placeRequests.request(published, for: studentRecord, message: nil, by: try await identity(.student))
    }

    /// The world's student asks for the published listing and provider A accepts: the offer's id.
    func requestedOffer() async throws -> UUID {
        let request = try await studentAsksForPublished()
        return try await app.services.placeRequests.accept(request.requireID(), by: try await identity(.providerAdmin))
    }

    /// Makes `request`: asked by the school's careers leader, declined by provider A's admin.
    mutating func makeDeclinedRequest() async throws {
        let services = app.services
        let db = services.storage.database
        let made = try await services.placeRequests.request(
            published, for: studentRecord, message: nil, by: try await identity(.careersLeader))
        try await services.placeRequests.decline(made.requireID(), reason: "Full", by: try await identity(.providerAdmin))
        try await OutboxMessageModel.query(on: db).delete()
        request = try made.requireID()
    }

    func setStatus(_ id: UUID, _ change: @escaping @Sendable (OpportunityModel) throws -> Void) async throws {
        try await app.services.catalogue.write { db, revision in
            let row = try #require(try await OpportunityModel.find(id, on: db))
            try change(row)
            row.revision = try await revision.next()
            try await row.save(on: db)
        }
    }

    func status(_ id: UUID) async throws -> String? {
        try await OpportunityModel.find(id, on: app.services.storage.database)?.status
    }

    /// A fresh session token for `role`.
    func sessionToken(_ role: Role) async throws -> String {
        try await app.services.authenticator.openSession(
            userId: users[role]!, membershipId: memberships[role]!, on: app.services.storage.database)
    }

    /// A fresh browser session for `role`.
    func session(_ role: Role) async throws -> BrowserSession {
        let services = app.services
        let token = try await sessionToken(role)
        let identity = try #require(try await services.authenticator.identity(sessionToken: token))
        return BrowserSession(headers: [.cookie: "\(IdentityMiddleware.sessionCookie)=\(token)"], csrf: identity.csrfToken!)
    }

    /// A personal API token for `role`.
    func token(_ role: Role) async throws -> String {
        try await app.services.authenticator.issuePersonalToken(userId: users[role]!, membershipId: memberships[role]!, label: "test")
    }
}

/// A signed-in browser: its session cookie, and forms that carry the session's CSRF token.
struct BrowserSession {
    let headers: HTTPFields
    let csrf: String

    /// The cookie plus the content type of a posted form.
    var formHeaders: HTTPFields {
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return headers
    }

    /// A posted form with the CSRF token first.
    func form(_ fields: [(String, String)] = []) -> ByteBuffer { formBody([(CSRF.field, csrf)] + fields) }
}

/// A form body, URL-encoded as browsers send it.
func formBody(_ fields: [(String, String)]) -> ByteBuffer {
    let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_.~"))
    return ByteBuffer(
        string: fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&"))
}

let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
