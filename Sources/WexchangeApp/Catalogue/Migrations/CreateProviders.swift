import FluentKit

struct CreateProviders: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ProviderModel.schema)
            .id()
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("size_band", .string, .required)
            .field("sectors", .array(of: .string), .required)
            .field("website", .string)
            .field("contact_email", .string)
            .field("api_key_hash", .string)
            .field("revision", .int64, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "api_key_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProviderModel.schema).delete()
    }
}
