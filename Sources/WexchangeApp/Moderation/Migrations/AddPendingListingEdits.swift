import FluentKit

/// A published listing's change waiting for a moderator, kept beside the published version so
/// that the listing stays in search meanwhile (`OpportunityModel.pendingDetailsJSON`).
struct AddPendingListingEdits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OpportunityModel.schema).field("pending_details", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OpportunityModel.schema).deleteField("pending_details").update()
    }
}
