import FluentKit
import SQLKit

/// Badge management: which body granted a badge, its evidence, and revocation.
struct AddBadgeManagement: AsyncMigration {
    static let columns: [(FieldKey, DatabaseSchema.DataType)] = [
        ("body_id", .uuid), ("evidence", .string), ("revoked_at", .datetime), ("revoke_reason", .string),
    ]

    func prepare(on database: any Database) async throws {
        for (column, type) in Self.columns {
            try await database.schema(ProviderBadgeModel.schema).field(column, type).update()
        }
    }

    func revert(on database: any Database) async throws {
        for (column, _) in Self.columns {
            try await database.schema(ProviderBadgeModel.schema).deleteField(column).update()
        }
    }
}
