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

/// One role a person holds in one organisation.
final class MembershipModel: Model, @unchecked Sendable {
    static let schema = "memberships"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: UserModel
    @Parent(key: "organisation_id") var organisation: OrganisationModel
    /// A `Role` raw value.
    @Field(key: "role") var role: String
    /// Students: their year group (7–13).
    @OptionalField(key: "year_group") var yearGroup: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, userID: UUID, organisationID: UUID, role: String, yearGroup: Int? = nil) {
        self.id = id
        self.$user.id = userID
        self.$organisation.id = organisationID
        self.role = role
        self.yearGroup = yearGroup
    }
}

/// A parent or carer's link to a student (both users).
final class ParentLinkModel: Model, @unchecked Sendable {
    static let schema = "parent_links"

    @ID(key: .id) var id: UUID?
    @Parent(key: "parent_id") var parent: UserModel
    @Parent(key: "student_id") var student: UserModel
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(parentID: UUID, studentID: UUID) {
        self.$parent.id = parentID
        self.$student.id = studentID
    }
}
