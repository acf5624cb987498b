import FluentKit
import SQLKit

/// What a provider records about a placement (each day's attendance, feedback, the marks of a
/// meaningful experience they delivered), when it finished, and the journey entry it became
/// (one per placement, enforced by a unique index so two sweeping instances cannot write two).
struct AddPlacementRecords: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column at a time: SQLite adds one per ALTER TABLE.
        try await database.schema(OfferModel.schema).field("attendance", .string).update()
        try await database.schema(OfferModel.schema).field("feedback", .string).update()
        try await database.schema(OfferModel.schema).field("feedback_at", .datetime).update()
        try await database.schema(OfferModel.schema).field("delivered", .string).update()
        try await database.schema(OfferModel.schema).field("completed_at", .datetime).update()
        try await database.schema(JourneyEntryModel.schema).field("offer_id", .uuid).update()
        try await (database as! any SQLDatabase).raw(
            "CREATE UNIQUE INDEX journey_entries_one_per_offer ON journey_entries (offer_id)"
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX journey_entries_one_per_offer").run()
        try await database.schema(JourneyEntryModel.schema).deleteField("offer_id").update()
        for column in ["completed_at", "delivered", "feedback_at", "feedback", "attendance"] {
            try await database.schema(OfferModel.schema).deleteField(FieldKey(stringLiteral: column)).update()
        }
    }
}
