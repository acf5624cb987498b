import FluentKit
import Foundation
import SQLKit

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

    /// Writes every column of `model` but its id, school and creation time.
    static func updateAll(_ model: StudentModel, at now: Date, on db: any Database) async throws {
        model.updatedAt = now
        let sql = db as! any SQLDatabase
        var update = sql.update(schema)
        let fixed: Set<String> = ["id", "school_id", "created_at"]
        for (column, value) in zip(columns, model.row) where !fixed.contains(column) {
            update = update.set(column, to: value)
        }
        try await update.where("id", .equal, model.id).run()
    }

    /// A school's students read in bulk, each into a model (no relations loaded).
    static func all(school: UUID, on db: any Database) async throws -> [StudentModel] {
        let sql = db as! any SQLDatabase
        let rows = try await sql.select().columns(columns.map { SQLIdentifier($0) }).from(schema).where("school_id", .equal, school)
            .all()
        return try rows.map { row in
            let m = StudentModel()
            m.id = try row.decode(column: "id", as: UUID.self)
            m.$school.id = school
            m.userId = try row.decode(column: "user_id", as: UUID?.self)
            m.upn = try row.decode(column: "upn", as: String.self)
            m.legalSurname = try row.decode(column: "legal_surname", as: String.self)
            m.legalForename = try row.decode(column: "legal_forename", as: String.self)
            m.preferredSurname = try row.decode(column: "preferred_surname", as: String?.self)
            m.preferredForename = try row.decode(column: "preferred_forename", as: String?.self)
            m.dateOfBirth = try row.decode(column: "date_of_birth", as: String.self)
            m.yearGroup = try row.decode(column: "year_group", as: Int.self)
            m.postcode = try row.decode(column: "postcode", as: String?.self)
            m.latitude = try row.decode(column: "latitude", as: Double?.self)
            m.longitude = try row.decode(column: "longitude", as: Double?.self)
            m.disadvantage = try row.decode(column: "disadvantage", as: String.self)
            m.senProvision = try row.decode(column: "sen_provision", as: String.self)
            m.accessNeeds = try row.decode(column: "access_needs", as: String.self)
            m.interests = try row.decode(column: "interests", as: String.self)
            m.subjects = try row.decode(column: "subjects", as: String.self)
            m.travelKm = try row.decode(column: "travel_km", as: Int.self)
            m.email = try row.decode(column: "email", as: String?.self)
            m.leftAt = try row.decode(column: "left_at", as: Date?.self)
            m.createdAt = try row.decode(column: "created_at", as: Date?.self)
            return m
        }
    }
}
