import FluentKit
import SQLKit

struct CreateOpportunities: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OpportunityModel.schema)
            .id()
            .field("provider_id", .uuid, .required, .references(ProviderModel.schema, "id", onDelete: .cascade))
            .field("external_id", .string)
            .field("source", .string, .required)
            .field("status", .string, .required)
            .field("title", .string, .required)
            .field("type", .string, .required)
            .field("mode", .string, .required)
            .field("sector", .string, .required)
            .field("postcode", .string)
            .field("latitude", .double)
            .field("longitude", .double)
            .field("capacity", .int, .required)
            .field("places_taken", .int, .required)
            .field("details", .string, .required)
            .field("revision", .int64, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "provider_id", "external_id")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "opportunities_revision_idx").on(OpportunityModel.schema).column("revision").run()
        try await sql.create(index: "opportunities_provider_idx").on(OpportunityModel.schema).column("provider_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OpportunityModel.schema).delete()
    }
}
