import FluentKit
import Foundation
import SQLKit
import WexchangeCore

/// Students in bulk, through SQLKit: Fluent's per-model create and read reflect over every
/// property of every row, which was three quarters of an import's time (BENCHMARKS.md,
/// "Importing students"). The column names come from the model's own properties.
extension StudentModel {
    /// The columns `row` gives values for, in its order.
    static let columns: [String] = {
        let m = StudentModel()
        let keys: [[FieldKey]] = [
            m.$id.keys, m.$school.keys, m.$userId.keys, m.$upn.keys, m.$legalSurname.keys, m.$legalForename.keys,
            m.$preferredSurname.keys, m.$preferredForename.keys, m.$dateOfBirth.keys, m.$yearGroup.keys, m.$postcode.keys,
            m.$latitude.keys, m.$longitude.keys, m.$disadvantage.keys, m.$senProvision.keys, m.$accessNeeds.keys,
            m.$interests.keys, m.$subjects.keys, m.$travelKm.keys, m.$email.keys, m.$leftAt.keys, m.$createdAt.keys,
            m.$updatedAt.keys,
        ]
        return keys.flatMap { $0.map(\.description) }
    }()

    /// This row's values for `columns`.
    var row: [any Encodable & Sendable] {
        [
            id, $school.id, userId, upn, legalSurname, legalForename, preferredSurname, preferredForename, dateOfBirth, yearGroup,
            postcode, latitude, longitude, disadvantage, senProvision, accessNeeds, interests, subjects, travelKm, email, leftAt,
            createdAt, updatedAt,
        ]
    }

    /// Inserts `models` in one statement (ids and timestamps set here); callers keep batches
    /// within the databases' limits on bound values.
    static func insert(_ models: [StudentModel], at now: Date, on db: any Database) async throws {
        guard !models.isEmpty else { return }
        let sql = db as! any SQLDatabase
        var insert = sql.insert(into: schema).columns(columns)
        for model in models {
            if model.id == nil { model.id = UUID() }
            model.createdAt = now
            model.updatedAt = now
            insert = insert.values(model.row)
        }
        try await insert.run()
    }

    /// Writes every column of `model` but its id, school, account link and creation time (an
    /// import never changes which account a record belongs to).
    static func updateAll(_ model: StudentModel, at now: Date, on db: any Database) async throws {
        model.updatedAt = now
        let sql = db as! any SQLDatabase
        var update = sql.update(schema)
        let fixed: Set<String> = ["id", "school_id", "user_id", "created_at"]
        for (column, value) in zip(columns, model.row) where !fixed.contains(column) {
            update = update.set(column, to: value)
        }
        try await update.where("id", .equal, model.id).run()
    }

    /// A school's students read in bulk, straight into records: a Fluent model per row costs a
    /// few kilobytes (a gigabyte at 200,000 students).
    static func stored(school: UUID, on db: any Database) async throws -> [(id: UUID, record: StudentRecord)] {
        let sql = db as! any SQLDatabase
        let rows = try await sql.select().columns(columns.map { SQLIdentifier($0) }).from(schema).where("school_id", .equal, school)
            .all()
        return try rows.map { row in
            func text(_ column: String) throws -> String { try row.decode(column: column, as: String.self) }
            func optional(_ column: String) throws -> String? { try row.decode(column: column, as: String?.self) }
            let record = StoredColumns(
                upn: try text("upn"), legalSurname: try text("legal_surname"), legalForename: try text("legal_forename"),
                preferredSurname: try optional("preferred_surname"), preferredForename: try optional("preferred_forename"),
                dateOfBirth: try text("date_of_birth"), yearGroup: try row.decode(column: "year_group", as: Int.self),
                postcode: try optional("postcode"), disadvantage: try text("disadvantage"), senProvision: try text("sen_provision"),
                accessNeeds: try text("access_needs"), interests: try text("interests"), subjects: try text("subjects"),
                travelKm: try row.decode(column: "travel_km", as: Int.self), email: try optional("email"),
                hasLeft: try row.decode(column: "left_at", as: Date?.self) != nil
            ).record
            return (try row.decode(column: "id", as: UUID.self), record)
        }
    }
}
