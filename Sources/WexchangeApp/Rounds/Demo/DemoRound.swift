import FluentKit
import Foundation
import WexchangeCore

/// Excelsior Academy's demo round, already published, so the demo shows a placement's whole
/// path: Tyne Engineering pledged places on two listings, about sixty Year 10 students ranked
/// them, the round ran after its choices closed and its offers went out. The demo student has an
/// offer waiting for their answer; accepting it asks the demo parent for consent, and consenting
/// puts the placement on Tyne Engineering's placements page. Two other families have accepted
/// and consented, and the careers leader has answered for some students without accounts (four
/// accepted, two declined, so places wait to be offered again). The hub also has a round with its
/// choices open, which the demo student has not ranked in yet.
///
/// It goes through the same services as a careers leader, a provider and a moderator would,
/// with their clocks set back to when each step happened (a round's dates must be in the
/// future when it is set up).
struct DemoRound: Sendable {
    let services: AppServices
    let school: UUID
    let hub: UUID
    let provider: UUID
    /// The demo national admin, who approves the provider's listings.
    let moderator: UUID
    /// The demo student's account.
    let student: UUID
    /// The demo careers leader, who asks for places for students without accounts.
    let leader: UUID
    /// The demo provider admin and parent, who host and consent to the demo student's finished placement.
    let providerAdmin: UUID
    let parent: UUID

    /// Ranking students in Year 10 besides the demo student.
    static let rankers = 60

    var today: CalendarDate { services.today }

    func seed() async throws {
        let now = services.now()
        let day: TimeInterval = 86_400
        let opened = today.adding(days: -28)
        let closed = today.adding(days: -7)
        let listings = try await publishedListings(Self.schoolListings)
        let leader = AuditActor.commandLine
        let setUp = RoundService(catalogue: services.catalogue, gazetteer: services.gazetteer, now: { now - 28 * day })
        let round = try await setUp.create(
            RoundInput(
                name: "Year 10 summer placements", preferencesOpen: opened.description, preferencesClose: closed.description,
                offerDeadline: today.adding(days: 14).description),
            scope: .school, organisationId: school, by: leader
        ).requireID()
        for (listing, places) in zip(listings, [8, 6]) {
            try await setUp.pledge(places, of: listing, to: round, priority: nil, by: leader)
        }
        try await setUp.open(round, by: leader)
        try await rank(listings, in: round, service: setUp)
        try await RoundRunner(storage: services.storage, gazetteer: services.gazetteer, now: { now - 6 * day }).run(
            round, by: leader)
        try await services.roundPublisher.publish(round, by: leader)
        try await answerForOthers(round)
        try await seedHubRound()
        try await seedRequests()
        try await seedFinishedPlacement()
    }

    /// The round's other offers as a school would have them a week on: two families with
    /// accounts have accepted and consented (confirmed placements on the provider's page); the
    /// careers leader has answered for students without accounts as they said at school, four
    /// accepting (consent waits) and two declining, so two places have come back and the
    /// round's page offers them again to the students still without one.
    private func answerForOthers(_ round: UUID) async throws {
        let db = services.storage.database
        let others = try await OfferModel.query(on: db).filter(\.$round.$id == round).with(\.$student).sort(\.$id).all()
            .filter { $0.student.userId == nil }
        for (index, offer) in others.prefix(2).enumerated() {
            let (studentUser, parentUser) = try await family(for: offer.student, number: index + 1)
            try await DemoSession(services: services, user: studentUser).act { identity in
                try await services.offers.answer(.accept, offer: try offer.requireID(), by: identity)
            }
            try await DemoSession(services: services, user: parentUser).act { identity in
                try await services.offers.consent(
                    ConsentInput(
                        decision: "give", emergencyName: "Demo Family \(index + 1)", emergencyPhone: "07700 900 98\(index + 3)",
                        relationship: "Parent", medicalNotes: nil, signedName: "Demo Family \(index + 1)", declaration: "yes"),
                    offer: try offer.requireID(), by: identity)
            }
        }
        try await DemoSession(services: services, user: leader).act { identity in
            for (index, offer) in others.dropFirst(2).prefix(6).enumerated() {
                try await services.offers.answer(index < 4 ? .accept : .decline, offer: try offer.requireID(), by: identity)
            }
        }
    }

    /// Accounts for a student of the cohort and their parent, linked as the school would invite
    /// them (nobody signs in to these: their passwords are random).
    private func family(for record: StudentModel, number: Int) async throws -> (student: UUID, parent: UUID) {
        let db = services.storage.database
        let student = try await services.accounts.createUser(
            .init(
                email: "family\(number).student@demo.wexchange.test", name: record.preferredName, password: UUID().uuidString,
                memberships: [.init(organisationId: school, role: .student, yearGroup: record.yearGroup)]))
        record.userId = try student.requireID()
        try await record.update(on: db)
        let parent = try await services.accounts.createUser(
            .init(
                email: "family\(number).parent@demo.wexchange.test", name: "Demo Family \(number)", password: UUID().uuidString,
                memberships: [.init(organisationId: school, role: .parent)], linkedStudents: [try student.requireID()]))
        return (try student.requireID(), try parent.requireID())
    }

    /// The hub's round, open for choices from today for two weeks, with one listing's places.
    private func seedHubRound() async throws {
        let listings = try await publishedListings(Self.hubListings)
        let round = try await services.rounds.create(
            RoundInput(
                name: "Hub spring placements", preferencesOpen: today.description, preferencesClose: today.adding(days: 14).description,
                offerDeadline: today.adding(days: 28).description),
            scope: .hub, organisationId: hub, by: .commandLine
        ).requireID()
        for listing in listings {
            try await services.rounds.pledge(10, of: listing, to: round, priority: nil, by: .commandLine)
        }
        try await services.rounds.open(round, by: .commandLine)
    }

    static let schoolListings = [
        (
            "Year 10 workshop placement",
            "A week in our fabrication workshop: design, cut and weld a small project with our apprentices.", 8
        ),
        ("Year 10 design office placement", "A week with our design engineers: model a part on the computer and see it made.", 6),
    ]
    static let hubListings = [
        ("Year 10 bridge inspection week", "A week with our inspectors on the Tyne bridges: survey, measure and report.", 10)
    ]

    /// The demo student puts the workshop first; the others rank the two listings in either
    /// order (a few only one), so the round has more choices than places and a clearing.
    private func rank(_ listings: [UUID], in round: UUID, service: RoundService) async throws {
        let db = services.storage.database
        let yearTen = try await StudentModel.query(on: db).filter(\.$school.$id == school).filter(\.$yearGroup == 10)
            .filter(\.$leftAt == nil).sort(\.$upn).all()
        var random = SeededRandom(seed: 10)
        var ranked = 0
        for record in yearTen {
            let id = try record.requireID()
            if record.userId == student {
                try await service.setPreferences(listings, round: round, student: id, by: .commandLine)
                continue
            }
            guard ranked < Self.rankers else { continue }
            var choices = random.chance(0.5) ? listings : listings.reversed()
            if random.chance(0.2) { choices.removeLast() }
            do {
                try await service.setPreferences(choices, round: round, student: id, by: .commandLine)
                ranked += 1
            } catch is ValidationFailure {
                // Some students cannot take these places (their access needs, or too far to
                // travel): as at a real school, they rank nothing here.
            }
        }
    }

    /// Tyne Engineering's Year 10 placements (title, summary, places), submitted by the provider
    /// and approved by the demo moderator, all in the week six months from now.
    /// `sessions` defaults to the week six months from now; `now` is the clock of the provider
    /// and moderator (set back for a listing that has already run).
    func publishedListings(
        _ listed: [(String, String, Int)], howToApply: String = "Through your school's Year 10 round", sessions: [DateRange]? = nil,
        now: (@Sendable () -> Date)? = nil
    ) async throws -> [UUID] {
        let start = IsoWeek(containing: today.adding(days: 182)).monday
        let clock = now ?? services.now
        var input = OpportunityInput()
        input.type = OpportunityType.workPlacement.rawValue
        input.mode = DeliveryMode.inPerson.rawValue
        input.sector = Sector.engineering.rawValue
        input.stage = Stage.applyDemonstrate.rawValue
        input.years = [10]
        input.address = "Scotswood Road, Newcastle upon Tyne"
        input.postcode = "NE4 7AF"
        input.hoursPerDay = 6.5
        input.days = 5
        input.sessions = (sessions ?? [DateRange(start: start, end: start.adding(days: 4))]).map {
            .init(start: $0.start.description, end: $0.end.description)
        }
        input.skills = ["problem_solving", "teamwork", "creativity"]
        input.sendAdjustments = SendAdjustment.allCases.filter { $0 != .other }.map(\.rawValue)
        input.dailyTimes = "9am to 3:30pm, with lunch in the canteen"
        input.whatToBring = "Long trousers and closed shoes: we lend overalls, boots and safety glasses"
        input.travelNotes = "Buses 32 and 38 stop outside; the nearest Metro is Elswick"
        input.howToApply = howToApply
        input.supervisorDbsChecked = true
        input.privateHome = false
        var listings: [UUID] = []
        for (title, summary, capacity) in listed {
            input.title = title
            input.summary = summary
            input.capacity = capacity
            let writer = ListingService(catalogue: services.catalogue, gazetteer: services.gazetteer, now: clock)
            listings.append(try await writer.create(providerID: provider, input: input).id)
        }
        let moderation = ModerationService(
            catalogue: services.catalogue, gazetteer: services.gazetteer, outbox: services.outbox, now: clock)
        try await DemoSession(services: services, user: moderator).act { identity in
            for listing in listings { try await moderation.approve(listing, by: identity) }
        }
        return listings
    }

}

/// A demo person's signed-in identity for one step of the seed, signed out straight after, so
/// the step is checked and audited as if they had done it.
struct DemoSession: Sendable {
    let services: AppServices
    let user: UUID

    func act(_ step: (Identity) async throws -> Void) async throws {
        let db = services.storage.database
        guard let membership = try await MembershipModel.query(on: db).filter(\.$user.$id == user).first() else {
            throw AppError.notFound("The demo account")
        }
        let token = try await services.authenticator.openSession(userId: user, membershipId: try membership.requireID(), on: db)
        guard let identity = try await services.authenticator.identity(sessionToken: token), let session = identity.sessionId else {
            throw AppError.unauthorised
        }
        do {
            try await step(identity)
        } catch {
            try? await services.authenticator.signOut(sessionId: session)
            throw error
        }
        try await services.authenticator.signOut(sessionId: session)
    }
}
