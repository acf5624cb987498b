import FluentKit
import Foundation

struct CreateReviews: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ReviewModel.schema)
            .id()
            .field("opportunity_id", .uuid, .required, .references(OpportunityModel.schema, "id", onDelete: .cascade))
            .field("provider_id", .uuid, .required, .references(ProviderModel.schema, "id", onDelete: .cascade))
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("stars", .int, .required)
            .field("comment", .string)
            .field("comment_status", .string, .required)
            .field("reports", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "opportunity_id", "organisation_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReviewModel.schema).delete()
    }
}
