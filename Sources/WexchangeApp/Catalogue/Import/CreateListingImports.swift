import FluentKit

/// Uploaded listings files waiting for their provider's confirmation (`PendingListingImportModel`).
struct CreateListingImports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PendingListingImportModel.schema)
            .id()
            .field("provider_id", .uuid, .required, .references(ProviderModel.schema, "id", onDelete: .cascade))
            .field("user_id", .uuid, .required)
            .field("file_name", .string, .required)
            .field("content", .data, .required)
            .field("full", .bool, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PendingListingImportModel.schema).delete()
    }
}
