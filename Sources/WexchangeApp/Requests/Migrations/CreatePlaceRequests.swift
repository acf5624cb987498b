import FluentKit

/// Students' requests for places, one per student and opportunity.
struct CreatePlaceRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PlaceRequestModel.schema)
            .id()
            .field("student_id", .uuid, .required, .references(StudentModel.schema, "id", onDelete: .cascade))
            .field("opportunity_id", .uuid, .required, .references(OpportunityModel.schema, "id", onDelete: .cascade))
            .field("state", .string, .required)
            .field("message", .string)
            .field("requested_by", .uuid, .required)
            .field("answer_by", .string, .required)
            .field("answered_at", .datetime)
            .field("answered_by", .uuid)
            .field("reason", .string)
            .field("offer_id", .uuid, .references(OfferModel.schema, "id", onDelete: .setNull))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "student_id", "opportunity_id", name: "place_requests_one_per_student")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PlaceRequestModel.schema).delete()
    }
}
