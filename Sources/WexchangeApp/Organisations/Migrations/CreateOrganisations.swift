import FluentKit
import SQLKit

/// Organisations of every kind. Existing providers get their organisation row (same id), so the
/// foundation's providers become one kind of organisation.
struct CreateOrganisations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrganisationModel.schema)
            .id()
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("urn", .int)
            .field("postcode", .string)
            .field("phase", .string)
            .field("local_authority", .string)
            .field("fsm_percent", .double)
            .field("hub_id", .uuid, .references(OrganisationModel.schema, "id", onDelete: .setNull))
            .field("local_authorities", .array(of: .string), .required)
            .field("trusted", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "urn")
            .create()
        for provider in try await ProviderModel.query(on: database).all() {
            try await OrganisationModel(id: provider.id, kind: "provider", name: provider.name).create(on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrganisationModel.schema).delete()
    }
}
