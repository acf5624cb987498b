import FluentKit

/// A student's goals before an experience and their reflection and skill ratings after it.
struct AddJourneyReflections: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column at a time: SQLite adds one per ALTER TABLE.
        for field in ["goals", "reflection", "skill_ratings"] {
            try await database.schema(JourneyEntryModel.schema).field(.string(field), .string).update()
        }
    }

    func revert(on database: any Database) async throws {
        for field in ["skill_ratings", "reflection", "goals"] {
            try await database.schema(JourneyEntryModel.schema).deleteField(.string(field)).update()
        }
    }
}
