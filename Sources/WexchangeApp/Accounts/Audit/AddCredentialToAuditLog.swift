import FluentKit

/// The audit log names the credential that acted (a session, which personal token, a provider's
/// feed key, the command line), not only the person.
struct AddCredentialToAuditLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntryModel.schema).field("credential", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEntryModel.schema).deleteField("credential").update()
    }
}
