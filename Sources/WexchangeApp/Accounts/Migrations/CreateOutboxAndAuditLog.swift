import FluentKit
import SQLKit

struct CreateOutboxAndAuditLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OutboxMessageModel.schema)
            .id()
            .field("recipient", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("sent_at", .datetime)
            .field("created_at", .datetime)
            .create()
        try await database.schema(AuditEntryModel.schema)
            .id()
            .field("user_id", .uuid)
            .field("acting_as", .string, .required)
            .field("action", .string, .required)
            .field("subject_type", .string, .required)
            .field("subject_id", .uuid, .required)
            .field("reason", .string)
            .field("at", .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "audit_log_subject_idx").on(AuditEntryModel.schema).column("subject_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEntryModel.schema).delete()
        try await database.schema(OutboxMessageModel.schema).delete()
    }
}
