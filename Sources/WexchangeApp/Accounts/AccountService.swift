import FluentKit
import Foundation
import WexchangeCore
import WexchangeGeo

/// Creating people and organisations. `createUser` is the one way an account comes into being
/// (CLI, demo seed, invitations, and later the school's bulk student import), so every account
/// passes the same checks.
struct AccountService: Sendable {
    let storage: Storage
    let hasher: PasswordHasher

    struct NewMembership: Sendable {
        var organisationId: UUID
        var role: Role
        /// Students: their year group.
        var yearGroup: Int?
    }

    struct NewAccount: Sendable {
        var email: String
        var name: String
        /// Nil for an invited person, who chooses one through the invitation link.
        var password: String?
        var memberships: [NewMembership]
        /// Parents: the students (user ids) they are linked to.
        var linkedStudents: [UUID] = []
    }

    /// Checks everything, then writes the user, memberships and links in one transaction.
    /// - Throws: `AppError` 400 naming each wrong field, 409 when the email is taken.
    func createUser(_ new: NewAccount, on db: (any Database)? = nil) async throws -> UserModel {
        var errors: [FieldError] = []
        let email: String?
        switch AccountRules.email(new.email) {
        case .success(let value): email = value
        case .failure(let error): errors.append(error); email = nil
        }
        let name: String?
        switch AccountRules.name(new.name) {
        case .success(let value): name = value
        case .failure(let error): errors.append(error); name = nil
        }
        if let password = new.password, let problem = AccountRules.password(password, email: email) { errors.append(problem) }
        if new.memberships.isEmpty { errors.append(FieldError("role", "an account needs at least one role in an organisation")) }
        for membership in new.memberships where membership.role == .student {
            if let problem = AccountRules.studentYear(membership.yearGroup) { errors.append(problem) }
        }
        if !new.linkedStudents.isEmpty, !new.memberships.contains(where: { $0.role == .parent }) {
            errors.append(FieldError("students", "only a parent or carer is linked to students"))
        }
        guard errors.isEmpty, let email, let name else { throw AppError.invalid(ValidationFailure(errors)) }

        let passwordHash: String? = if let password = new.password { try await hasher.hash(password) } else { nil }
        let write: @Sendable (any Database) async throws -> UserModel = { db in
            if try await UserModel.query(on: db).filter(\.$email == email).first() != nil {
                throw AppError(.conflict, code: "email_taken", message: "an account with email \(email) already exists", field: "email")
            }
            for membership in new.memberships {
                guard let organisation = try await OrganisationModel.find(membership.organisationId, on: db) else {
                    throw AppError(
                        .badRequest, code: "invalid", message: "organisation \(membership.organisationId) does not exist", field: "org")
                }
                guard organisation.kind == membership.role.organisationKind.rawValue else {
                    throw AppError(
                        .badRequest, code: "invalid",
                        message: "\(withArticle(membership.role.label.lowercased())) belongs to "
                            + "\(withArticle(membership.role.organisationKind.singular)), but \(organisation.name) is "
                            + "\(withArticle(OrganisationKind(rawValue: organisation.kind)?.singular ?? organisation.kind))", field: "role")
                }
            }
            for student in new.linkedStudents {
                let isStudent =
                    try await MembershipModel.query(on: db).filter(\.$user.$id == student)
                    .filter(\.$role == Role.student.rawValue).first() != nil
                guard isStudent else {
                    throw AppError(.badRequest, code: "invalid", message: "user \(student) is not a student", field: "students")
                }
            }
            let user = UserModel(email: email, name: name, passwordHash: passwordHash)
            try await user.create(on: db)
            let userID = try user.requireID()
            for membership in new.memberships {
                try await MembershipModel(
                    userID: userID, organisationID: membership.organisationId, role: membership.role.rawValue,
                    yearGroup: membership.role == .student ? membership.yearGroup : nil
                ).create(on: db)
            }
            for student in new.linkedStudents {
                try await ParentLinkModel(parentID: userID, studentID: student).create(on: db)
            }
            return user
        }
        if let db { return try await write(db) }
        return try await storage.transaction { try await write($0) }
    }

    struct NewOrganisation: Sendable {
        var kind: OrganisationKind
        var name: String
        var urn: Int?
        var postcode: String?
        var localAuthority: String?
        var hubId: UUID?
        var localAuthorities: [String] = []
        var phase: String?
        var fsmPercent: Double?
    }

    /// Organisations other than providers (which `ProviderService` creates with their catalogue row).
    func createOrganisation(_ new: NewOrganisation, on db: any Database) async throws -> OrganisationModel {
        var new = new
        // A school with a known URN takes its facts from the reference list.
        if new.kind == .school, let urn = new.urn {
            guard let school = SchoolRegister.school(urn: urn) else {
                throw AppError(
                    .badRequest, code: "invalid", message: "URN \(urn) is not in the reference list of schools in England", field: "urn")
            }
            if new.name.trimmingCharacters(in: .whitespaces).isEmpty { new.name = school.name }
            new.postcode = new.postcode ?? school.postcode
            new.localAuthority = new.localAuthority ?? school.localAuthorityCode
            new.phase = school.phase
            new.fsmPercent = school.fsmPercent
        }
        let name = new.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200 else {
            throw AppError(.badRequest, code: "invalid", message: "name must be 1 to 200 characters", field: "name")
        }
        guard new.kind != .provider else {
            throw AppError(.badRequest, code: "invalid", message: "create providers with `wexchange provider create`", field: "kind")
        }
        let organisation = OrganisationModel(kind: new.kind.rawValue, name: name)
        organisation.urn = new.urn
        organisation.postcode = new.postcode
        organisation.localAuthority = new.localAuthority
        organisation.hubId = new.hubId
        organisation.phase = new.phase
        organisation.fsmPercent = new.fsmPercent
        if let urn = new.urn, try await OrganisationModel.query(on: db).filter(\.$urn == urn).first() != nil {
            throw AppError(.conflict, code: "urn_taken", message: "a school with URN \(urn) already exists", field: "urn")
        }
        try await checkPlace(of: new, on: db)
        try await organisation.create(on: db)
        for code in Set(new.localAuthorities) {
            try await HubAreaModel(localAuthority: code, hubID: try organisation.requireID()).create(on: db)
        }
        return organisation
    }

    /// What the organisation's kind requires of where it sits: a school's hub is a Careers Hub
    /// that exists; a hub covers at least one local authority, none of them another hub's; there
    /// is one national convenor.
    private func checkPlace(of new: NewOrganisation, on db: any Database) async throws {
        if let hubId = new.hubId {
            guard new.kind == .school else {
                throw AppError(.badRequest, code: "invalid", message: "only a school belongs to a Careers Hub (--hub)", field: "hub")
            }
            guard let hub = try await OrganisationModel.find(hubId, on: db) else {
                throw AppError(
                    .badRequest, code: "invalid", message: "there is no organisation with id \(hubId.uuidString.lowercased())", field: "hub"
                )
            }
            guard hub.kind == OrganisationKind.careersHub.rawValue else {
                throw AppError(
                    .badRequest, code: "invalid",
                    message: "\(hub.name) is a \(OrganisationKind(rawValue: hub.kind)?.singular ?? hub.kind), not a Careers Hub",
                    field: "hub")
            }
        }
        switch new.kind {
        case .careersHub:
            guard !new.localAuthorities.isEmpty else {
                throw AppError(
                    .badRequest, code: "invalid", message: "a Careers Hub covers at least one local authority (--local-authority)",
                    field: "local_authority")
            }
            let taken = try await HubAreaModel.query(on: db).filter(\.$localAuthority ~~ new.localAuthorities).with(\.$hub).all()
            if let area = taken.first {
                throw AppError(
                    .conflict, code: "local_authority_taken",
                    message: "local authority \(area.localAuthority) already belongs to \(area.hub.name); move it with "
                        + "`wexchange organisation move-authority`", field: "local_authority")
            }
        case .nationalConvenor:
            if let existing = try await OrganisationModel.query(on: db).filter(\.$kind == OrganisationKind.nationalConvenor.rawValue)
                .first()
            {
                throw AppError(
                    .conflict, code: "convenor_exists",
                    message:
                        "there is one national convenor and it exists already (\(existing.name), \(existing.id?.uuidString.lowercased() ?? ""))",
                    field: "kind")
            }
        default:
            guard new.localAuthorities.isEmpty else {
                throw AppError(
                    .badRequest, code: "invalid", message: "only a Careers Hub covers local authorities (--local-authority)",
                    field: "local_authority")
            }
        }
    }

    /// Moves a local authority to another Careers Hub (or gives it to one when no hub has it).
    /// Returns the name of the hub that had it, if any.
    func moveLocalAuthority(_ code: String, toHub hubId: UUID) async throws -> String? {
        try await storage.transaction { db in
            guard let hub = try await OrganisationModel.find(hubId, on: db), hub.kind == OrganisationKind.careersHub.rawValue else {
                throw AppError(.badRequest, code: "invalid", message: "\(hubId.uuidString.lowercased()) is not a Careers Hub", field: "hub")
            }
            let current = try await HubAreaModel.query(on: db).filter(\.$localAuthority == code).with(\.$hub).first()
            let previous = current?.hub.name
            if let current {
                guard current.$hub.id != hubId else { return previous }
                let left = try await HubAreaModel.query(on: db).filter(\.$hub.$id == current.$hub.id).count()
                guard left > 1 else {
                    throw AppError(
                        .conflict, code: "last_local_authority",
                        message: "\(code) is the only local authority of \(current.hub.name); a hub covers at least one",
                        field: "local_authority")
                }
                try await current.delete(on: db)
            }
            try await HubAreaModel(localAuthority: code, hubID: hubId).create(on: db)
            return previous
        }
    }
}
