import FluentKit
import Foundation

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
