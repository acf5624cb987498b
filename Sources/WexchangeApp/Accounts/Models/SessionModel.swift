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
