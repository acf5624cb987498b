import FluentKit

/// Password-reset requests are queued and answered in the background (see
/// `PasswordResetRequestModel`).
struct CreatePasswordResetRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PasswordResetRequestModel.schema)
            .id()
            .field("email", .string, .required)
            .field("address", .string, .required)
            .field("requested_at", .datetime, .required)
            .field("processed_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PasswordResetRequestModel.schema).delete()
    }
}
