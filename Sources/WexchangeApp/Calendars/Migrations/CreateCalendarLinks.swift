import FluentKit

/// Private calendar links: a key's hash is unique, so a key finds one link.
struct CreateCalendarLinks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CalendarLinkModel.schema)
            .id()
            .field("owner_kind", .string, .required)
            .field("owner_id", .uuid, .required)
            .field("key_hash", .string, .required)
            .field("made_by", .uuid, .references(UserModel.schema, "id", onDelete: .setNull))
            .field("made_at", .datetime, .required)
            .field("revoked_at", .datetime)
            .unique(on: "key_hash", name: "calendar_links_one_per_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CalendarLinkModel.schema).delete()
    }
}
