import FluentKit
import Foundation
import WexchangeCore

/// Signing in and out, and turning a request's credentials (session cookie, personal token or
/// provider feed key) into an `Identity`. Sessions live in the database so that every app
/// instance knows them.
struct AuthenticationService: Sendable {
    let storage: Storage
    let hasher: PasswordHasher
    let throttle: LoginThrottle
    let now: @Sendable () -> Date

    static let sessionLifetime: TimeInterval = 12 * 60 * 60

    struct SignedIn: Sendable {
        let sessionToken: String
        let userId: UUID
    }

    /// Checks the password and opens a session acting through the person's first membership.
    /// - Throws: 401 with one message for "no such account" and "wrong password" (so the form
    ///   does not reveal who has an account); 429 once the attempts for the account or the
    ///   address run out.
    func signIn(email rawEmail: String, password: String, address: String) async throws -> SignedIn {
        let email = rawEmail.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        // A blank field is a slip, not a guess: say so, and do not count it.
        guard !email.isEmpty else { throw AppError(.badRequest, code: "invalid", message: "enter your email address", field: "email") }
        guard !password.isEmpty else { throw AppError(.badRequest, code: "invalid", message: "enter your password", field: "password") }
        if let wait = throttle.wait(account: email, address: address, now: now()) {
            AppMetrics.throttled.increment()
            throw AppError(
                .tooManyRequests, code: "too_many_attempts",
                message: "too many sign-in attempts; try again in \(Self.describe(wait)), or reset your password to sign in at once")
        }
        let db = storage.database
        let user = try await UserModel.query(on: db).filter(\.$email == email).with(\.$memberships).first()
        guard let user, let hash = user.passwordHash else {
            try await hasher.verifyNothing(password)
            throttle.recordFailure(account: email, address: address, now: now())
            throw Self.wrongCredentials
        }
        guard try await hasher.verify(password, hash: hash) else {
            throttle.recordFailure(account: email, address: address, now: now())
            throw Self.wrongCredentials
        }
        guard let membership = user.memberships.sorted(by: { ($0.createdAt ?? .distantPast) < ($1.createdAt ?? .distantPast) }).first else {
            throw AppError(
                .forbidden, code: "no_membership",
                message: "this account has no role in any organisation; ask your organisation to invite you")
        }
        throttle.clear(account: email)
        let token = try await openSession(userId: try user.requireID(), membershipId: try membership.requireID(), on: db)
        return SignedIn(sessionToken: token, userId: try user.requireID())
    }

    /// "40 seconds", "3 minutes".
    static func describe(_ wait: TimeInterval) -> String {
        if wait <= 60 {
            let seconds = max(1, Int(wait.rounded(.up)))
            return "\(seconds) second\(seconds == 1 ? "" : "s")"
        }
        let minutes = Int((wait / 60).rounded(.up))
        return "\(minutes) minute\(minutes == 1 ? "" : "s")"
    }

    static let wrongCredentials = AppError(.unauthorized, code: "wrong_credentials", message: "the email address or password is not right")

    func openSession(userId: UUID, membershipId: UUID, on db: any Database) async throws -> String {
        let token = Secret.generate(.session)
        try await SessionModel(
            tokenHash: Secret.hash(token), userID: userId, membershipID: membershipId,
            csrfToken: Secret.generate(.csrf), expiresAt: now().addingTimeInterval(Self.sessionLifetime)
        ).create(on: db)
        return token
    }

    /// A personal API token acting through one membership; returned once, stored as a hash.
    func issuePersonalToken(userId: UUID, membershipId: UUID, label: String) async throws -> String {
        let token = Secret.generate(.personalToken)
        try await AccessTokenModel(tokenHash: Secret.hash(token), userID: userId, membershipID: membershipId, label: label)
            .create(on: storage.database)
        return token
    }

    func signOut(sessionId: UUID) async throws {
        try await SessionModel.query(on: storage.database).filter(\.$id == sessionId).delete()
    }

    /// Ends every session of a person (after a password change or reset).
    func signOutEverywhere(userId: UUID, on db: any Database) async throws {
        try await SessionModel.query(on: db).filter(\.$user.$id == userId).delete()
    }

    /// Acts through another of the person's memberships from now on.
    func switchMembership(sessionId: UUID, userId: UUID, to membershipId: UUID) async throws {
        let db = storage.database
        guard try await MembershipModel.query(on: db).filter(\.$id == membershipId).filter(\.$user.$id == userId).first() != nil,
            let session = try await SessionModel.find(sessionId, on: db)
        else {
            throw AppError.notFound("membership \(membershipId)")
        }
        session.$membership.id = membershipId
        try await session.save(on: db)
    }

    // MARK: - Credentials → identity

    func identity(sessionToken token: String) async throws -> Identity? {
        guard Secret.isPlausible(token, .session) else { return nil }
        let db = storage.database
        guard let session = try await SessionModel.query(on: db).filter(\.$tokenHash == Secret.hash(token)).first() else { return nil }
        guard session.expiresAt > now() else {
            try await session.delete(on: db)
            return nil
        }
        return try await identity(
            userId: session.$user.id, membershipId: session.$membership.id,
            credential: .session(id: try session.requireID(), csrfToken: session.csrfToken), on: db)
    }

    /// `Authorization: Bearer …`: a personal token (`wexu_…`) or a provider feed key (`wex_…`).
    func identity(bearer token: String) async throws -> Identity? {
        let db = storage.database
        if Secret.isPlausible(token, .personalToken) {
            guard let row = try await AccessTokenModel.query(on: db).filter(\.$tokenHash == Secret.hash(token)).first() else { return nil }
            return try await identity(
                userId: row.$user.id, membershipId: row.$membership.id,
                credential: .personalToken(id: try row.requireID(), label: row.label), on: db)
        }
        if Secret.isPlausible(token, .providerKey) {
            guard let provider = try await ProviderModel.query(on: db).filter(\.$apiKeyHash == Secret.hash(token)).first() else {
                return nil
            }
            let id = try provider.requireID()
            return Identity(
                userId: id, name: provider.name, membershipId: nil,
                membership: Membership(organisationId: id, role: .providerAdmin),
                organisationName: provider.name, credential: .providerKey)
        }
        return nil
    }

    private func identity(userId: UUID, membershipId: UUID, credential: Identity.Credential, on db: any Database) async throws -> Identity?
    {
        guard let user = try await UserModel.find(userId, on: db),
            let membership = try await MembershipModel.query(on: db).filter(\.$id == membershipId).with(\.$organisation).first()
        else { return nil }
        return Identity(
            userId: userId, name: user.name, membershipId: membershipId,
            membership: try await Self.facts(membership, on: db),
            organisationName: membership.organisation.name, credential: credential)
    }

    /// The policy's view of a stored membership (its school's hub, a parent's linked students).
    static func facts(_ membership: MembershipModel, on db: any Database) async throws -> Membership {
        guard let role = Role(rawValue: membership.role) else {
            throw AppError(
                .internalServerError, code: "bad_role",
                message: "membership \(membership.id?.uuidString ?? "") has unknown role \(membership.role)")
        }
        var facts = Membership(organisationId: membership.$organisation.id, role: role)
        if role.organisationKind == .school {
            let organisation = try await OrganisationModel.find(membership.$organisation.id, on: db)
            facts.schoolHubId = organisation?.hubId
        }
        if role == .parent {
            let links = try await ParentLinkModel.query(on: db).filter(\.$parent.$id == membership.$user.id).all()
            facts.linkedStudents = Set(links.map(\.$student.id))
        }
        return facts
    }
}
