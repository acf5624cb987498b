import FluentKit
import Foundation

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
