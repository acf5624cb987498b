import FluentKit
import Foundation
import Logging
import WexchangeCore

/// Passwords after sign-up: changing one's own, resetting a forgotten one, and choosing one
/// through an invitation. Reset and invitation links carry a one-time token (stored hashed) and
/// are "emailed" through the outbox table; in development the message is also logged.
struct PasswordChanges: Sendable {
    let storage: Storage
    let hasher: PasswordHasher
    let authenticator: Authenticator
    let outbox: Outbox
    let now: @Sendable () -> Date

    static let resetLifetime: TimeInterval = 60 * 60
    static let invitationLifetime: TimeInterval = 14 * 24 * 60 * 60

    /// Changes the password after checking the current one; every other session ends. Returns a
    /// fresh session token for the browser that made the change.
    func change(userId: UUID, membershipId: UUID?, current: String, new: String) async throws -> String {
        let db = storage.database
        guard let user = try await UserModel.find(userId, on: db), let hash = user.passwordHash else { throw AppError.unauthorised }
        guard try await hasher.verify(current, hash: hash) else {
            throw AppError(.badRequest, code: "invalid", message: "current password is not right", field: "current_password")
        }
        if let problem = AccountRules.password(new, email: user.email) { throw AppError.invalid(ValidationFailure([problem])) }
        let newHash = try await hasher.hash(new)
        let membership = try await membershipToKeep(userId: userId, preferred: membershipId, on: db)
        return try await db.transaction { db in
            user.passwordHash = newHash
            try await user.save(on: db)
            try await authenticator.signOutEverywhere(userId: userId, on: db)
            return try await authenticator.openSession(userId: userId, membershipId: membership, on: db)
        }
    }

    /// Sends a reset link if the address has an account. Says nothing either way, so the form
    /// cannot be used to find out who has an account.
    func requestReset(email rawEmail: String, linkBase: String) async throws {
        guard case .success(let email) = AccountRules.email(rawEmail) else {
            throw AppError.invalid(ValidationFailure([FieldError("email", "enter the email address you sign in with")]))
        }
        let db = storage.database
        guard let user = try await UserModel.query(on: db).filter(\.$email == email).first() else { return }
        let token = Secret.generate(.oneTime)
        try await db.transaction { db in
            try await OneTimeTokenModel(tokenHash: Secret.hash(token), userID: try user.requireID(), purpose: .passwordReset,
                                        expiresAt: now().addingTimeInterval(Self.resetLifetime)).create(on: db)
            try await outbox.send(to: email, subject: "Reset your Wexchange password", body: """
                Someone asked to reset the password of your Wexchange account. If it was you, choose a new password here \
                within an hour:

                \(linkBase)\(Routes.Link.passwordReset)/\(token)

                If it was not you, ignore this email: your password has not changed.
                """, on: db)
        }
    }

    /// Sets a new password through a reset or invitation link, spends the link, ends every
    /// session, and signs the browser in.
    func complete(token: String, purpose: OneTimeTokenModel.Purpose, password: String) async throws -> String {
        let db = storage.database
        let link = try await validLink(token, purpose: purpose)
        guard let user = try await UserModel.find(link.$user.id, on: db) else { throw Self.expiredLink }
        if let problem = AccountRules.password(password, email: user.email) { throw AppError.invalid(ValidationFailure([problem])) }
        let hash = try await hasher.hash(password)
        let userId = try user.requireID()
        let membership = try await membershipToKeep(userId: userId, preferred: nil, on: db)
        let at = now()
        return try await db.transaction { db in
            // Spend the link inside the transaction; a second use finds it spent.
            guard try await OneTimeTokenModel.query(on: db).filter(\.$id == link.id!).filter(\.$usedAt == nil).first() != nil else {
                throw Self.expiredLink
            }
            link.usedAt = at
            try await link.save(on: db)
            user.passwordHash = hash
            try await user.save(on: db)
            try await authenticator.signOutEverywhere(userId: userId, on: db)
            return try await authenticator.openSession(userId: userId, membershipId: membership, on: db)
        }
    }

    /// The unspent, unexpired link for `token`, or 404.
    func validLink(_ token: String, purpose: OneTimeTokenModel.Purpose) async throws -> OneTimeTokenModel {
        guard Secret.isPlausible(token, .oneTime),
              let link = try await OneTimeTokenModel.query(on: storage.database).filter(\.$tokenHash == Secret.hash(token))
                .filter(\.$purpose == purpose.rawValue).first(),
              link.usedAt == nil, link.expiresAt > now() else { throw Self.expiredLink }
        return link
    }

    static let expiredLink = AppError(.notFound, code: "link_expired",
                                      message: "this link has expired or has already been used; ask for a new one")

    private func membershipToKeep(userId: UUID, preferred: UUID?, on db: any Database) async throws -> UUID {
        if let preferred { return preferred }
        guard let first = try await MembershipModel.query(on: db).filter(\.$user.$id == userId).sort(\.$createdAt).first() else {
            throw AppError(.forbidden, code: "no_membership", message: "this account has no role in any organisation")
        }
        return try first.requireID()
    }
}

/// Email Wexchange would send: written to the outbox table (a relay delivers it) and, in
/// development, to the log at info level. Tokens appear only in the message body, never in
/// log metadata.
struct Outbox: Sendable {
    let logger: Logger
    let logMessages: Bool

    func send(to recipient: String, subject: String, body: String, on db: any Database) async throws {
        try await OutboxMessageModel(recipient: recipient, subject: subject, body: body).create(on: db)
        if logMessages { logger.info("email written to the outbox\nTo: \(recipient)\nSubject: \(subject)\n\n\(body)") }
    }
}
