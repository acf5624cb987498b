import FluentKit

/// An invitation to someone who already has an account is a one-time link that carries the role
/// it offers: the role is added only when they accept.
struct AddRoleInvitationsToOneTimeTokens: AsyncMigration {
    static let columns: [(FieldKey, DatabaseSchema.DataType)] = [
        ("organisation_id", .uuid), ("role", .string), ("year_group", .int), ("student_id", .uuid), ("invited_by", .uuid),
    ]

    func prepare(on database: any Database) async throws {
        // SQLite adds one column per ALTER TABLE.
        for (column, type) in Self.columns {
            try await database.schema(OneTimeTokenModel.schema).field(column, type).update()
        }
    }

    func revert(on database: any Database) async throws {
        for (column, _) in Self.columns {
            try await database.schema(OneTimeTokenModel.schema).deleteField(column).update()
        }
    }
}
