import FluentKit
import Foundation
import WexchangeCore

/// An organisation's members: who they are, inviting people by email, and removing a membership.
/// An invited person without an account gets one with no password and a link to choose it; a
/// person who already has an account gets a link offering the role, which they gain only when
/// they accept. The inviter sees the same answer either way, so inviting cannot reveal who has an
/// account.
struct InvitationService: Sendable {
    let accounts: AccountService
    let outbox: Outbox
    let now: @Sendable () -> Date
    let publicURL: String

    var storage: Storage { accounts.storage }

    struct Member: Sendable {
        let membershipId: UUID
        let userId: UUID
        let name: String
        let email: String
        let role: Role
        let yearGroup: Int?
        /// Invited, and has not chosen a password (or accepted the role) yet.
        let isPending: Bool
        /// An offer of the role to an existing account, not yet accepted: there is no membership
        /// to remove (`membershipId` is the invitation's).
        var isOffer = false
    }

    func members(of organisationId: UUID) async throws -> [Member] {
        let db = storage.database
        let members = try await MembershipModel.query(on: db).filter(\.$organisation.$id == organisationId).with(\.$user).all()
            .compactMap { membership -> Member? in
                guard let role = Role(rawValue: membership.role) else { return nil }
                return Member(
                    membershipId: try membership.requireID(), userId: membership.$user.id, name: membership.user.name,
                    email: membership.user.email, role: role, yearGroup: membership.yearGroup,
                    isPending: membership.user.passwordHash == nil)
            }
        let offers = try await OneTimeTokenModel.query(on: db).filter(\.$organisationId == organisationId)
            .filter(\.$purpose == OneTimeTokenModel.Purpose.roleInvitation.rawValue).filter(\.$usedAt == nil)
            .filter(\.$expiresAt > now()).with(\.$user).all()
            .compactMap { link -> Member? in
                guard let role = link.role.flatMap(Role.init(rawValue:)) else { return nil }
                return Member(
                    membershipId: try link.requireID(), userId: link.$user.id, name: link.user.name, email: link.user.email,
                    role: role, yearGroup: link.yearGroup, isPending: true, isOffer: true)
            }
        return (members + offers).sorted { ($0.role.rawValue, $0.name) < ($1.role.rawValue, $1.name) }
    }

    struct Invite: Sendable {
        var email: String
        var name: String
        var role: String
        var yearGroup: String?
        /// Parents: the email of the student (in this school) they are linked to.
        var studentEmail: String?
        /// Parents invited from a student's record: that student's account.
        var linkedStudent: UUID?
    }

    func invite(_ invite: Invite, by identity: Identity) async throws {
        let kind = identity.role.organisationKind
        guard let role = Role(rawValue: invite.role), role.organisationKind == kind else {
            let allowed = Role.allCases.filter { $0.organisationKind == kind }.map(\.rawValue).joined(separator: ", ")
            throw AppError(
                .badRequest, code: "invalid", message: "role: '\(invite.role)' is not allowed; one of: \(allowed)", field: "role")
        }
        let year: Int? =
            if let text = invite.yearGroup?.trimmingCharacters(in: .whitespaces), !text.isEmpty { Int(text) ?? -1 } else { nil }
        let db = storage.database
        let linked = role == .parent ? [try await student(invite.linkedStudent, email: invite.studentEmail, of: identity)] : []
        let membership = AccountService.NewMembership(organisationId: identity.organisationId, role: role, yearGroup: year)
        let normalised = try AccountRules.email(invite.email).mapError { AppError.invalid(ValidationFailure([$0])) }.get()
        let at = now()

        if let existing = try await UserModel.query(on: db).filter(\.$email == normalised).first() {
            try await offerRole(role, year: year, linked: linked.first, to: existing, by: identity)
            return
        }

        let token = Secret.generate(.oneTime)
        try await storage.transaction { db in
            let user = try await accounts.createUser(
                .init(
                    email: normalised, name: invite.name, password: nil, memberships: [membership],
                    linkedStudents: linked), on: db)
            let userId = try user.requireID()
            try await OneTimeTokenModel(
                tokenHash: Secret.hash(token), userID: userId, purpose: .invitation,
                expiresAt: at.addingTimeInterval(PasswordService.invitationLifetime)
            ).create(on: db)
            try await AuditLog.record(.memberInvite, userId, by: identity, at: at, in: db)
            try await outbox.send(
                to: normalised, subject: "You are invited to Wexchange",
                body: """
                    \(identity.name) has invited you to join \(identity.organisationName) on Wexchange as \(role.label.lowercased()).
                    Choose your password here within 14 days:

                    \(publicURL)\(OrganisationRoutes.invitationLink.link(token))
                    """, on: db)
        }
    }

    /// An existing account is sent a link offering the role; nothing changes until they accept.
    private func offerRole(_ role: Role, year: Int?, linked student: UUID?, to user: UserModel, by identity: Identity) async throws {
        let db = storage.database
        let userId = try user.requireID()
        if let problem = role == .student ? AccountRules.studentYear(year) : nil { throw AppError.invalid(ValidationFailure([problem])) }
        let already = try await MembershipModel.query(on: db).filter(\.$user.$id == userId)
            .filter(\.$organisation.$id == identity.organisationId).filter(\.$role == role.rawValue).first()
        guard already == nil else {
            throw AppError(
                .conflict, code: "already_member", message: "\(user.email) is already a \(role.label.lowercased()) here", field: "email")
        }
        let token = Secret.generate(.oneTime)
        let at = now()
        try await storage.transaction { db in
            let link = OneTimeTokenModel(
                tokenHash: Secret.hash(token), userID: userId, purpose: .roleInvitation,
                expiresAt: at.addingTimeInterval(PasswordService.invitationLifetime))
            link.organisationId = identity.organisationId
            link.role = role.rawValue
            link.yearGroup = role == .student ? year : nil
            link.studentId = student
            link.invitedBy = identity.userId
            try await link.create(on: db)
            try await AuditLog.record(.memberInvite, userId, by: identity, at: at, in: db)
            try await outbox.send(
                to: user.email, subject: "You are invited to a new role on Wexchange",
                body: """
                    \(identity.name) has invited you to join \(identity.organisationName) on Wexchange as \(role.label.lowercased()).
                    You keep your password. Accept the role here within 14 days:

                    \(publicURL)\(OrganisationRoutes.invitationLink.link(token))

                    If you do not want it, ignore this email: nothing changes.
                    """, on: db)
        }
    }

    /// What a role invitation offers, for its page.
    struct Offer: Sendable {
        let organisationName: String
        let role: Role
        let inviterName: String?
    }

    func offer(_ link: OneTimeTokenModel) async throws -> Offer {
        let db = storage.database
        guard let organisationId = link.organisationId, let role = link.role.flatMap(Role.init(rawValue:)),
            let organisation = try await OrganisationModel.find(organisationId, on: db)
        else { throw PasswordService.expiredLink }
        let inviter: UserModel? = if let id = link.invitedBy { try await UserModel.find(id, on: db) } else { nil }
        return Offer(organisationName: organisation.name, role: role, inviterName: inviter?.name)
    }

    /// Accepts a role invitation: the membership (and a parent's link to their child) is added
    /// and the link spent, in one transaction.
    func accept(_ link: OneTimeTokenModel) async throws {
        guard let organisationId = link.organisationId, let role = link.role.flatMap(Role.init(rawValue:)) else {
            throw PasswordService.expiredLink
        }
        let userId = link.$user.id
        let at = now()
        try await storage.transaction { db in
            let linkId = try link.requireID()
            guard try await OneTimeTokenModel.query(on: db).filter(\.$id == linkId).filter(\.$usedAt == nil).first() != nil else {
                throw PasswordService.expiredLink
            }
            try await OneTimeTokenModel.query(on: db).filter(\.$id == linkId).set(\.$usedAt, to: at).update()
            let already = try await MembershipModel.query(on: db).filter(\.$user.$id == userId)
                .filter(\.$organisation.$id == organisationId).filter(\.$role == role.rawValue).first()
            guard already == nil else { return }
            try await MembershipModel(userID: userId, organisationID: organisationId, role: role.rawValue, yearGroup: link.yearGroup)
                .create(on: db)
            if let student = link.studentId { try await ParentLinkModel(parentID: userId, studentID: student).create(on: db) }
            try await AuditLog.record(
                .memberAccept, userId,
                by: AuditActor(userId: userId, actingAs: role.rawValue, credential: "invitation link"), at: at, in: db)
        }
    }

    /// The student a parent is invited for: their account, or their email, and a student of the
    /// inviting school.
    private func student(_ account: UUID?, email rawEmail: String?, of identity: Identity) async throws -> UUID {
        let db = storage.database
        let email = (try? AccountRules.email(rawEmail ?? "", field: "student_email").get()) ?? ""
        let found: UserModel? =
            if let account { try await UserModel.find(account, on: db) } else {
                try await UserModel.query(on: db).filter(\.$email == email).first()
            }
        if let student = found,
            try await MembershipModel.query(on: db).filter(\.$user.$id == student.requireID())
                .filter(\.$organisation.$id == identity.organisationId).filter(\.$role == Role.student.rawValue).first() != nil
        {
            return try student.requireID()
        }
        throw AppError(
            .badRequest, code: "invalid", message: "student_email: give the email of a student at \(identity.organisationName)",
            field: "student_email")
    }

    /// Ends a membership of the requester's organisation. Nobody removes their own, so an
    /// organisation cannot lock itself out by accident.
    func remove(membershipId: UUID, by identity: Identity) async throws {
        let db = storage.database
        guard let membership = try await MembershipModel.find(membershipId, on: db),
            membership.$organisation.id == identity.organisationId
        else { throw AppError.notFound("member \(membershipId)") }
        guard membership.$user.id != identity.userId else {
            throw AppError(.conflict, code: "own_membership", message: "you cannot remove your own role; ask another admin")
        }
        let at = now()
        try await storage.transaction { db in
            try await SessionModel.query(on: db).filter(\.$membership.$id == membershipId).delete()
            try await AccessTokenModel.query(on: db).filter(\.$membership.$id == membershipId).delete()
            try await membership.delete(on: db)
            try await AuditLog.record(.memberRemove, membership.$user.id, by: identity, at: at, in: db)
        }
    }
}
