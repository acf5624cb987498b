import FluentKit
import Foundation

struct CreateJourneyEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(JourneyEntryModel.schema)
            .id()
            .field("student_id", .uuid, .required, .references(StudentModel.schema, "id", onDelete: .cascade))
            .field("source", .string, .required)
            .field("type", .string, .required)
            .field("provider_name", .string, .required)
            .field("sector", .string)
            .field("mode", .string, .required)
            .field("start_date", .string, .required)
            .field("end_date", .string, .required)
            .field("days", .double, .required)
            .field("hours_per_day", .double)
            .field("meaningful", .string, .required)
            .field("year_group", .int, .required)
            .field("recorded_by", .uuid, .references(UserModel.schema, "id", onDelete: .setNull))
            .field("created_at", .datetime)
            .create()
        // A school's target policy (`TargetPolicy`); nil is the default, the statutory guidance.
        try await database.schema(OrganisationModel.schema).field("target_policy", .string).update()
        // Bumped with every change to a school's students or journeys (`ProgressCache`).
        try await database.schema(OrganisationModel.schema).field("students_revision", .int).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrganisationModel.schema).deleteField("students_revision").update()
        try await database.schema(OrganisationModel.schema).deleteField("target_policy").update()
        try await database.schema(JourneyEntryModel.schema).delete()
    }
}
