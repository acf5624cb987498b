import FluentKit
import SQLKit

/// Ratings now come only from schools and hubs whose students finished a placement with the
/// provider (`ReviewParticipation`). Ratings given before keep counting, marked as given before
/// this rule (`given_before_participation`).
struct AddReviewParticipation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ReviewModel.schema)
            .field("given_before_participation", .bool, .required, .sql(.default(false))).update()
        let sql = database as! any SQLDatabase
        try await sql.update(ReviewModel.schema).set("given_before_participation", to: SQLLiteral.boolean(true)).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReviewModel.schema).deleteField("given_before_participation").update()
    }
}
