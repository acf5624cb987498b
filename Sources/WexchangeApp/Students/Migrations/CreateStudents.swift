import FluentKit
import Foundation

struct CreateStudents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StudentModel.schema)
            .id()
            .field("school_id", .uuid, .required, .references(OrganisationModel.schema, "id", onDelete: .cascade))
            .field("user_id", .uuid, .references(UserModel.schema, "id", onDelete: .setNull))
            .field("upn", .string, .required)
            .field("legal_surname", .string, .required)
            .field("legal_forename", .string, .required)
            .field("preferred_surname", .string)
            .field("preferred_forename", .string)
            .field("date_of_birth", .string, .required)
            .field("year_group", .int, .required)
            .field("postcode", .string)
            .field("latitude", .double)
            .field("longitude", .double)
            .field("disadvantage", .string, .required)
            .field("sen_provision", .string, .required)
            .field("access_needs", .string, .required)
            .field("interests", .string, .required)
            .field("subjects", .string, .required)
            .field("travel_km", .int, .required)
            .field("email", .string)
            .field("left_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // A UPN is national, but a pupil on two schools' rolls (dual registration, a move)
            // has a record at each.
            .unique(on: "school_id", "upn")
            // One record per student account (records without an account are many: NULLs differ).
            .unique(on: "user_id")
            .create()
        try await database.schema(PendingStudentImportModel.schema)
            .id()
            .field("school_id", .uuid, .required, .references(OrganisationModel.schema, "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("file_name", .string, .required)
            .field("content", .data, .required)
            .field("full", .bool, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PendingStudentImportModel.schema).delete()
        try await database.schema(StudentModel.schema).delete()
    }
}
