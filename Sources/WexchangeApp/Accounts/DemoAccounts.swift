import FluentKit
import Foundation
import WexchangeCore

/// One demo user per role, with the organisations they belong to and listings waiting for
/// moderation, so every actor can sign in to the demo and do their part. Passwords are printed
/// at start-up; they are for a local demo only.
public struct DemoAccounts: Sendable {
    public struct Login: Sendable, Equatable {
        public let role: Role
        public let email: String
        public let password: String
    }

    public init() {}

    /// The demo logins, the same every time. Each password is three words, as the password
    /// rules suggest (and none contains its email address, which the rules refuse).
    public static let logins: [Login] = zip(
        Role.allCases,
        [
            "amber kettle harbour", "silver maple lantern", "orange comet meadow", "velvet garden river", "copper anchor violet",
            "granite window sparrow", "tulip engine lighthouse", "marble thistle pocket", "cedar ribbon canyon",
        ]
    ).map { role, password in
        Login(role: role, email: "\(role.rawValue.replacingOccurrences(of: "_", with: "-"))@demo.wexchange.test", password: password)
    }

    /// The demo logins whose accounts exist in this database (none when it held data before the
    /// demo was seeded).
    public func existingLogins(_ services: AppServices) async throws -> [Login] {
        let emails = Set(
            try await UserModel.query(on: services.storage.database).filter(\.$email ~~ Self.logins.map(\.email)).all().map(\.email))
        return Self.logins.filter { emails.contains($0.email) }
    }

    /// Seeds only when there are no users yet. Returns the logins it created (empty if skipped).
    public func seedIfEmpty(_ services: AppServices) async throws -> [Login] {
        let db = services.storage.database
        guard try await UserModel.query(on: db).count() == 0 else { return [] }

        let convenor = try await AccountCommands.nationalConvenor(services)
        let hub = try await AccountCommands.createOrganisation(
            kind: .careersHub, name: "North of Tyne and Wear Careers Hub",
            localAuthorities: ["E08000021", "E08000037", "E08000022", "E08000023", "E08000024"], services: services)
        // Excelsior Academy, Newcastle: name, postcode, phase, local authority and FSM % come
        // from the reference school list.
        let school = try await services.accounts.createOrganisation(.init(kind: .school, name: "", urn: 135423, hubId: hub), on: db)
        let body = try await AccountCommands.createOrganisation(
            kind: .accreditationBody, name: "Quality in Careers Consortium", services: services)
        let provider = try await services.providers.create(
            .init(
                name: "Tyne Engineering Ltd", kind: .employer, sizeBand: .medium, sectors: [.engineering],
                website: "https://example.org/tyne-engineering", contactEmail: "placements@example.org")
        ).provider.requireID()

        var student: UUID?
        var users: [Role: UUID] = [:]
        for login in Self.logins {
            let organisation: UUID =
                switch login.role.organisationKind {
                case .school: try school.requireID()
                case .provider: provider
                case .careersHub: hub
                case .nationalConvenor: convenor
                case .accreditationBody: body
                }
            let name = login.role.label.replacingOccurrences(of: " or carer", with: "")
            let user = try await services.accounts.createUser(
                .init(
                    email: login.email, name: "Demo \(name.lowercased())", password: login.password,
                    memberships: [.init(organisationId: organisation, role: login.role, yearGroup: login.role == .student ? 10 : nil)],
                    linkedStudents: login.role == .parent ? [student].compactMap { $0 } : []))
            users[login.role] = try user.requireID()
            if login.role == .student { student = try user.requireID() }
        }
        try await waitingListings(provider: provider, services: services)
        try await DemoCohort(today: services.today, gazetteer: services.gazetteer, fsmShare: (school.fsmPercent ?? 25) / 100)
            .seed(school: try school.requireID(), studentUser: student, services: services)
        if let student, let moderator = users[.nationalAdmin], let leader = users[.careersLeader],
            let providerAdmin = users[.providerAdmin], let parent = users[.parent]
        {
            try await DemoRound(
                services: services, school: try school.requireID(), hub: hub, provider: provider, moderator: moderator,
                student: student, leader: leader, providerAdmin: providerAdmin, parent: parent
            )
            .seed()
        }
        return Self.logins
    }

    /// Two listings waiting for moderation: one in person in the hub's area, one online (national).
    private func waitingListings(provider: UUID, services: AppServices) async throws {
        var input = OpportunityInput()
        input.title = "Engineering workshop week"
        input.summary = "Five days in our fabrication workshop: design, cut and weld a small project with our apprentices."
        input.type = OpportunityType.workPlacement.rawValue
        input.mode = DeliveryMode.inPerson.rawValue
        input.sector = Sector.engineering.rawValue
        input.stage = Stage.applyDemonstrate.rawValue
        input.years = [10, 11]
        input.address = "Scotswood Road, Newcastle upon Tyne"
        input.postcode = "NE4 7AF"
        input.capacity = 4
        input.hoursPerDay = 6
        input.days = 5
        input.weeks = ["2027-W24", "2027-W25"]
        input.skills = ["problem_solving", "teamwork"]
        input.supervisorDbsChecked = true
        _ = try await services.listings.create(providerID: provider, input: input)
        input.title = "Virtual engineering insight"
        input.summary = "An online afternoon with our engineers: how a bridge is inspected, and how to start an apprenticeship."
        input.type = OpportunityType.virtualWorkExperience.rawValue
        input.mode = DeliveryMode.virtual.rawValue
        input.stage = Stage.investigateExplore.rawValue
        input.address = nil
        input.postcode = nil
        input.capacity = 30
        input.hoursPerDay = 3
        input.days = 1
        _ = try await services.listings.create(providerID: provider, input: input)
    }
}
