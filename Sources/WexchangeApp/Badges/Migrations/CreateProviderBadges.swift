import FluentKit

struct CreateProviderBadges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ProviderBadgeModel.schema)
            .id()
            .field("provider_id", .uuid, .required, .references(ProviderModel.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("granted_by", .string, .required)
            .field("expires", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProviderBadgeModel.schema).delete()
    }
}
