import FluentKit
import SQLKit

struct CreateMemberships: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MembershipModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("year_group", .int)
            .field("created_at", .datetime)
            .unique(on: "user_id", "organisation_id", "role")
            .create()
        try await database.schema(ParentLinkModel.schema)
            .id()
            .field("parent_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("student_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime)
            .unique(on: "parent_id", "student_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ParentLinkModel.schema).delete()
        try await database.schema(MembershipModel.schema).delete()
    }
}
