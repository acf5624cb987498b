import FluentKit
import Foundation

/// A person who signs in. The password is kept only as a bcrypt hash; an invited person has none
/// until they accept.
final class UserModel: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    /// Lower-cased; unique.
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    @OptionalField(key: "password_hash") var passwordHash: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Children(for: \.$user) var memberships: [MembershipModel]

    init() {}

    init(id: UUID? = nil, email: String, name: String, passwordHash: String?) {
        self.id = id
        self.email = email
        self.name = name
        self.passwordHash = passwordHash
    }
}
