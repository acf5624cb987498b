import FluentKit

/// When a confirmed placement's "starts next week" reminder went out: once per placement.
struct AddOfferReminders: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OfferModel.schema).field("reminded_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OfferModel.schema).deleteField("reminded_at").update()
    }
}
