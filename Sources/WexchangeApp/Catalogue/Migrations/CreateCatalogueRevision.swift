import FluentKit
import SQLKit

/// One row holding the catalogue's revision: a counter every catalogue write increments inside
/// its transaction. Taking the row lock orders writers, so revisions become visible in order and
/// an instance that has seen revision N has seen every change up to N.
struct CreateCatalogueRevision: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("catalogue_revision")
            .field("id", .int, .identifier(auto: false))
            .field("revision", .int64, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("INSERT INTO catalogue_revision (id, revision) VALUES (1, 0)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("catalogue_revision").delete()
    }
}
