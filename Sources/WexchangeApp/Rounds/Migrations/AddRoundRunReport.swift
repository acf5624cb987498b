import FluentKit

/// The run's report for the round's page: each opportunity's cutoff and each priority group's
/// figures, small enough to read on every view (the result file can be tens of megabytes).
struct AddRoundRunReport: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RoundModel.schema).field("run_report", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RoundModel.schema).deleteField("run_report").update()
    }
}
