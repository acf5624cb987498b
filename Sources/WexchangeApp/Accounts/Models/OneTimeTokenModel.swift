import FluentKit
import Foundation

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
