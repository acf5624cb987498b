import FluentKit
import Foundation

/// A signed-in browser. The cookie carries a random token; only its SHA-256 is stored, so a copy
/// of the database cannot be replayed as a session. Stored in the database so that every app
/// instance knows it.
final class SessionModel: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "user_id") var user: UserModel
    /// The membership the person is acting through now.
    @Parent(key: "membership_id") var membership: MembershipModel
    /// Sent back in every form, checked on every state-changing request.
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "expires_at") var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(tokenHash: String, userID: UUID, membershipID: UUID, csrfToken: String, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.$membership.id = membershipID
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
    }
}

/// A personal API token: `Authorization: Bearer wexu_…`, acting through one membership.
final class AccessTokenModel: Model, @unchecked Sendable {
    static let schema = "access_tokens"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "user_id") var user: UserModel
    @Parent(key: "membership_id") var membership: MembershipModel
    @Field(key: "label") var label: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(tokenHash: String, userID: UUID, membershipID: UUID, label: String) {
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.$membership.id = membershipID
        self.label = label
    }
}

/// A one-time link sent by email: a password reset, an invitation to a new account (choose a
/// password), or an invitation offering a role to an existing account. Used once, then spent.
final class OneTimeTokenModel: Model, @unchecked Sendable {
    static let schema = "one_time_tokens"

    enum Purpose: String { case passwordReset = "password_reset", invitation, roleInvitation = "role_invitation" }

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "user_id") var user: UserModel
    @Field(key: "purpose") var purpose: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    // A role invitation: the role it offers, where, and who offered it.
    @OptionalField(key: "organisation_id") var organisationId: UUID?
    @OptionalField(key: "role") var role: String?
    @OptionalField(key: "year_group") var yearGroup: Int?
    /// A parent's invitation: the student they will be linked to.
    @OptionalField(key: "student_id") var studentId: UUID?
    @OptionalField(key: "invited_by") var invitedBy: UUID?

    init() {}

    init(tokenHash: String, userID: UUID, purpose: Purpose, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.purpose = purpose.rawValue
        self.expiresAt = expiresAt
    }
}

/// An email Wexchange would send. There is no mail server: a relay reads this table, and in
/// development the message is also logged.
final class OutboxMessageModel: Model, @unchecked Sendable {
    static let schema = "outbox"

    @ID(key: .id) var id: UUID?
    @Field(key: "recipient") var recipient: String
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @OptionalField(key: "sent_at") var sentAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(recipient: String, subject: String, body: String) {
        self.recipient = recipient
        self.subject = subject
        self.body = body
    }
}

/// Who did what, when and why: moderation decisions, badges, role changes.
final class AuditEntryModel: Model, @unchecked Sendable {
    static let schema = "audit_log"

    @ID(key: .id) var id: UUID?
    @OptionalField(key: "user_id") var userId: UUID?
    /// The role the person acted as (a `Role` raw value), or `system`.
    @Field(key: "acting_as") var actingAs: String
    /// The credential used (see `AuditActor.credential`); nil for entries written before it was kept.
    @OptionalField(key: "credential") var credential: String?
    @Field(key: "action") var action: String
    @Field(key: "subject_type") var subjectType: String
    @Field(key: "subject_id") var subjectId: UUID
    @OptionalField(key: "reason") var reason: String?
    @Field(key: "at") var at: Date

    init() {}

    init(userId: UUID?, actingAs: String, credential: String?, action: String, subjectType: String, subjectId: UUID, reason: String?, at: Date) {
        self.userId = userId
        self.actingAs = actingAs
        self.credential = credential
        self.action = action
        self.subjectType = subjectType
        self.subjectId = subjectId
        self.reason = reason
        self.at = at
    }
}
