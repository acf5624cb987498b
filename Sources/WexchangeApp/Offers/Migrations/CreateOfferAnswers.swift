import FluentKit

/// What each student's run decided (with its explanation), parents' consents, and who answered
/// an offer when.
struct CreateOfferAnswers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RoundOutcomeModel.schema)
            .id()
            .field("round_id", .uuid, .required, .references(RoundModel.schema, "id", onDelete: .cascade))
            .field("student_id", .uuid, .required, .references(StudentModel.schema, "id", onDelete: .cascade))
            .field("outcome", .string, .required)
            .unique(on: "round_id", "student_id", name: "round_outcomes_one_per_student")
            .create()
        try await database.schema(ConsentModel.schema)
            .id()
            .field("offer_id", .uuid, .required, .references(OfferModel.schema, "id", onDelete: .cascade))
            .field("parent_user_id", .uuid, .references(UserModel.schema, "id", onDelete: .setNull))
            .field("given", .bool, .required)
            .field("emergency_name", .string)
            .field("emergency_phone", .string)
            .field("relationship", .string)
            .field("medical_notes", .string)
            .field("signed_name", .string, .required)
            .field("placement_facts", .string, .required)
            .field("signed_at", .datetime, .required)
            .unique(on: "offer_id", name: "consents_one_per_offer")
            .create()
        // One column at a time: SQLite adds one per ALTER TABLE.
        try await database.schema(OfferModel.schema).field("answered_at", .datetime).update()
        try await database.schema(OfferModel.schema).field("answered_by", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OfferModel.schema).deleteField("answered_by").update()
        try await database.schema(OfferModel.schema).deleteField("answered_at").update()
        try await database.schema(ConsentModel.schema).delete()
        try await database.schema(RoundOutcomeModel.schema).delete()
    }
}
