import FluentKit
import Foundation
import Logging
import SQLKit
import WexchangeCore

/// Passwords after sign-up: changing one's own, resetting a forgotten one, and choosing one
/// through an invitation. Reset and invitation links carry a one-time token (stored hashed) and
/// are "emailed" through the outbox table; in development the message is also logged.
///
/// Setting a password by any route voids every other outstanding link that could set it, and
/// ends the account's other sessions; a reset (someone else may have known the password) also
/// revokes every personal API token.
struct PasswordService: Sendable {
    let storage: Storage
    let hasher: PasswordHasher
    let authenticator: AuthenticationService
    let outbox: Outbox
    let now: @Sendable () -> Date

    static let resetLifetime: TimeInterval = 60 * 60
    static let invitationLifetime: TimeInterval = 14 * 24 * 60 * 60
    /// Reset requests one network address may make in an hour (answered 429 beyond).
    static let requestsPerAddressPerHour = 10
    /// Reset links one account is sent in an hour (further requests are quietly dropped).
    static let linksPerAccountPerHour = 3

    /// Changes the password after checking the current one. Every session ends and the browser
    /// that made the change gets a fresh one (returned); outstanding reset links are void; with
    /// `revokeTokens`, so are the person's API tokens.
    func change(userId: UUID, membershipId: UUID?, current: String, new: String, revokeTokens: Bool) async throws -> String {
        let db = storage.database
        guard let user = try await UserModel.find(userId, on: db), let hash = user.passwordHash else { throw AppError.unauthorised }
        guard try await hasher.verify(current, hash: hash) else {
            throw AppError(.badRequest, code: "invalid", message: "current password is not right", field: "current_password")
        }
        if let problem = AccountRules.password(new, email: user.email) { throw AppError.invalid(ValidationFailure([problem])) }
        let newHash = try await hasher.hash(new)
        let membership = try await membershipToKeep(userId: userId, preferred: membershipId, on: db)
        let at = now()
        return try await storage.transaction { db in
            user.passwordHash = newHash
            try await user.save(on: db)
            try await voidPasswordLinks(of: userId, at: at, on: db)
            if revokeTokens { try await AccessTokenModel.query(on: db).filter(\.$user.$id == userId).delete() }
            try await authenticator.signOutEverywhere(userId: userId, on: db)
            return try await authenticator.openSession(userId: userId, membershipId: membership, on: db)
        }
    }

    /// Queues a request for a reset link. It does the same work whatever the address (one count,
    /// one insert), so neither the answer nor its timing says whether the address has an
    /// account; `sendQueuedResets` answers it.
    /// - Throws: 400 for something that is not an email address; 429 when the network address
    ///   has asked too often in the last hour.
    func requestReset(email rawEmail: String, from address: String) async throws {
        guard case .success(let email) = AccountRules.email(rawEmail) else {
            throw AppError.invalid(ValidationFailure([FieldError("email", "enter the email address you sign in with")]))
        }
        let db = storage.database
        let at = now()
        let recent = try await PasswordResetRequestModel.query(on: db).filter(\.$address == address)
            .filter(\.$requestedAt > at.addingTimeInterval(-3600)).count()
        guard recent < Self.requestsPerAddressPerHour else {
            throw AppError(
                .tooManyRequests, code: "too_many_requests",
                message: "too many reset requests from your network; try again in an hour")
        }
        try await PasswordResetRequestModel(email: email, address: address, requestedAt: at).create(on: db)
        AppMetrics.resetRequests.increment()
    }

    /// Answers every queued reset request: a link to each address that has an account (at most
    /// `linksPerAccountPerHour` an hour), nothing to the others. Each request is claimed before it
    /// is answered, so several instances never send the same link twice. Returns how many were sent.
    @discardableResult
    func sendQueuedResets(linkBase: String) async throws -> Int {
        let db = storage.database
        let sql = db as! any SQLDatabase
        var sent = 0
        for request in try await PasswordResetRequestModel.query(on: db).filter(\.$processedAt == nil).sort(\.$requestedAt).all() {
            let at = now()
            let claimed = try await sql.raw(
                """
                UPDATE password_reset_requests SET processed_at = \(bind: at) WHERE id = \(bind: try request.requireID()) AND processed_at IS NULL RETURNING id
                """
            ).all()
            guard !claimed.isEmpty, let user = try await UserModel.query(on: db).filter(\.$email == request.email).first() else { continue }
            let userId = try user.requireID()
            let outstanding = try await OneTimeTokenModel.query(on: db).filter(\.$user.$id == userId)
                .filter(\.$purpose == OneTimeTokenModel.Purpose.passwordReset.rawValue).filter(\.$expiresAt > at).count()
            guard outstanding < Self.linksPerAccountPerHour else { continue }
            let token = Secret.generate(.oneTime)
            try await storage.transaction { db in
                try await OneTimeTokenModel(
                    tokenHash: Secret.hash(token), userID: userId, purpose: .passwordReset,
                    expiresAt: at.addingTimeInterval(Self.resetLifetime)
                ).create(on: db)
                try await outbox.send(
                    to: user.email, subject: "Reset your Wexchange password",
                    body: """
                        Someone asked to reset the password of your Wexchange account. If it was you, choose a new password here \
                        within an hour:

                        \(linkBase)\(AccountRoutes.passwordResetLink.link(token))

                        If it was not you, ignore this email: your password has not changed.
                        """, on: db)
            }
            sent += 1
        }
        return sent
    }

    /// Sets a new password through a reset or invitation link, spends the link (and voids every
    /// other one of the account), ends every session, revokes every API token, lifts any sign-in
    /// slow-down, and signs the browser in.
    func complete(token: String, purpose: OneTimeTokenModel.Purpose, password: String) async throws -> String {
        let db = storage.database
        let link = try await validLink(token, purpose: purpose)
        guard let user = try await UserModel.find(link.$user.id, on: db) else { throw Self.expiredLink }
        if let problem = AccountRules.password(password, email: user.email) { throw AppError.invalid(ValidationFailure([problem])) }
        let hash = try await hasher.hash(password)
        let userId = try user.requireID()
        let membership = try await membershipToKeep(userId: userId, preferred: nil, on: db)
        let at = now()
        let session = try await storage.transaction { db in
            // Spend the link inside the transaction; a second use finds it spent.
            guard try await OneTimeTokenModel.query(on: db).filter(\.$id == link.id!).filter(\.$usedAt == nil).first() != nil else {
                throw Self.expiredLink
            }
            try await voidPasswordLinks(of: userId, at: at, on: db)
            user.passwordHash = hash
            try await user.save(on: db)
            try await AccessTokenModel.query(on: db).filter(\.$user.$id == userId).delete()
            try await authenticator.signOutEverywhere(userId: userId, on: db)
            return try await authenticator.openSession(userId: userId, membershipId: membership, on: db)
        }
        authenticator.throttle.clear(account: user.email)
        return session
    }

    /// The unspent, unexpired link for `token`, or 404.
    func validLink(_ token: String, purpose: OneTimeTokenModel.Purpose) async throws -> OneTimeTokenModel {
        try await validLink(token, purposes: [purpose])
    }

    func validLink(_ token: String, purposes: [OneTimeTokenModel.Purpose]) async throws -> OneTimeTokenModel {
        guard Secret.isPlausible(token, .oneTime),
            let link = try await OneTimeTokenModel.query(on: storage.database).filter(\.$tokenHash == Secret.hash(token))
                .filter(\.$purpose ~~ purposes.map(\.rawValue)).first(),
            link.usedAt == nil, link.expiresAt > now()
        else { throw Self.expiredLink }
        return link
    }

    static let expiredLink = AppError(
        .notFound, code: "link_expired",
        message: "this link has expired or has already been used; ask for a new one")

    /// Every unspent link that could set this account's password is spent now.
    private func voidPasswordLinks(of userId: UUID, at: Date, on db: any Database) async throws {
        try await OneTimeTokenModel.query(on: db).filter(\.$user.$id == userId).filter(\.$usedAt == nil)
            .filter(\.$purpose ~~ [OneTimeTokenModel.Purpose.passwordReset.rawValue, OneTimeTokenModel.Purpose.invitation.rawValue])
            .set(\.$usedAt, to: at).update()
    }

    private func membershipToKeep(userId: UUID, preferred: UUID?, on db: any Database) async throws -> UUID {
        if let preferred { return preferred }
        guard let first = try await MembershipModel.query(on: db).filter(\.$user.$id == userId).sort(\.$createdAt).first() else {
            throw AppError(.forbidden, code: "no_membership", message: "this account has no role in any organisation")
        }
        return try first.requireID()
    }
}
