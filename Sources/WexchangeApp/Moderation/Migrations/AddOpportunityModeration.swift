import FluentKit
import SQLKit

/// Moderation state beside each listing: the content a moderator last approved (for the queue's
/// "what changed"), when it was submitted, and the reason it was returned. Listings published
/// before moderation existed count as approved.
struct AddOpportunityModeration: AsyncMigration {
    static let columns: [(FieldKey, DatabaseSchema.DataType)] = [
        ("approved_details", .string), ("submitted_at", .datetime), ("moderation_reason", .string),
    ]

    func prepare(on database: any Database) async throws {
        // SQLite adds one column per ALTER TABLE.
        for (column, type) in Self.columns {
            try await database.schema(OpportunityModel.schema).field(column, type).update()
        }
        let sql = database as! any SQLDatabase
        try await sql.raw("UPDATE opportunities SET approved_details = details WHERE status = 'published'").run()
    }

    func revert(on database: any Database) async throws {
        for (column, _) in Self.columns {
            try await database.schema(OpportunityModel.schema).deleteField(column).update()
        }
    }
}
