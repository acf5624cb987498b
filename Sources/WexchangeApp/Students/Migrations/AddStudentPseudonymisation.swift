import FluentKit

/// When retention removed what identifies a student who left long ago (`StudentRetention`).
struct AddStudentPseudonymisation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StudentModel.schema).field("pseudonymised_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StudentModel.schema).deleteField("pseudonymised_at").update()
    }
}
