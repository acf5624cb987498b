import FluentKit

/// How many re-clearing passes a published round has had: each pass moves it on by one, only
/// from the count it read, so two passes racing cannot both share out the same returned places.
struct AddRoundClearings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RoundModel.schema).field("clearings", .int).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RoundModel.schema).deleteField("clearings").update()
    }
}
