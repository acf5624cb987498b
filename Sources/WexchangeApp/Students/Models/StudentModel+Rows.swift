import FluentKit
import Foundation
import SQLKit
import WexchangeCore
import WexchangeGeo

/// Students in bulk: Fluent's per-model create and read reflect over every property of every
/// row, which was three quarters of an import's time, and SQLKit's Codable encoders most of the
/// rest (BENCHMARKS.md, "Students"). The column names come from the model's own properties.
extension StudentModel {
    /// The columns a record fills, in the order of `values(of:at:)`.
    static let recordColumns: [String] = {
        let m = StudentModel()
        let keys: [[FieldKey]] = [
            m.$upn.keys, m.$legalSurname.keys, m.$legalForename.keys, m.$preferredSurname.keys, m.$preferredForename.keys,
            m.$dateOfBirth.keys, m.$yearGroup.keys, m.$postcode.keys, m.$latitude.keys, m.$longitude.keys, m.$disadvantage.keys,
            m.$senProvision.keys, m.$accessNeeds.keys, m.$interests.keys, m.$subjects.keys, m.$travelKm.keys, m.$email.keys,
            m.$leftAt.keys,
        ]
        return keys.flatMap { $0.map(\.description) }
    }()

    /// `student` as stored by a write at `now`: a student marked as having left is stamped as
    /// leaving then (an import's writes either keep a student on roll or mark them as leaving).
    static func values(of student: Written, at now: Date) -> [ColumnValue] {
        let record = student.record, coordinate = student.coordinate
        return [
            .text(record.upn.value), .text(record.legalSurname), .text(record.legalForename), .text(record.preferredSurname),
            .text(record.preferredForename), .text(record.dateOfBirth.description), .integer(record.year), .text(record.postcode),
            .real(coordinate?.latitude), .real(coordinate?.longitude), .text(text(record.disadvantage)), .text(record.sen.rawValue),
            .text(text(record.accessNeeds)), .text(text(record.interests)), .text(text(record.subjects)), .integer(record.travelKm),
            .text(record.email), .date(record.hasLeft ? now : nil),
        ]
    }

    private static let insertColumns: [String] = {
        let m = StudentModel()
        return [m.$id.keys, m.$school.keys].flatMap { $0.map(\.description) } + recordColumns
            + [m.$createdAt.keys, m.$updatedAt.keys]
            .flatMap { $0.map(\.description) }
    }()

    private static let updatedAtColumns = StudentModel().$updatedAt.keys.map(\.description)

    /// A student's record with where they live, as `insert` and `update` write it.
    struct Written {
        let record: StudentRecord
        let coordinate: Coordinate?
    }

    /// Inserts `students` into `school` with time-ordered ids, `batch` at a time, each batch's
    /// values made while the one before is being written; `progress` hears how many are written.
    static func insert(
        _ students: [Written], school: UUID, at now: Date, batch: Int = 1_000, on db: any Database,
        progress: (Int) -> Void = { _ in }
    ) async throws {
        try await withThrowingTaskGroup(of: Int.self) { writing in
            for start in stride(from: 0, to: students.count, by: batch) {
                var values: [ColumnValue] = []
                values.reserveCapacity(batch * insertColumns.count)
                for student in students[start..<min(start + batch, students.count)] {
                    values += [.uuid(UUID.timeOrdered(at: now)), .uuid(school)]
                    values += Self.values(of: student, at: now)
                    values += [.date(now), .date(now)]
                }
                if start > 0, let written = try await writing.next() { progress(written) }
                writing.addTask { [values] in
                    try await BulkWrite.insert(into: schema, columns: insertColumns, values: values, on: db)
                    return values.count / insertColumns.count
                }
            }
            while let written = try await writing.next() { progress(written) }
        }
    }

    /// Writes every column a record fills (an import never changes the school, the account link
    /// or the creation time).
    static func update(_ id: UUID, to student: Written, at now: Date, on db: any Database) async throws {
        try await BulkWrite.update(
            schema, id: id, columns: recordColumns + updatedAtColumns, values: values(of: student, at: now) + [.date(now)], on: db)
    }

    /// A school's students read in bulk, straight into records: a Fluent model per row costs a
    /// few kilobytes (a gigabyte at 200,000 students).
    static func stored(school: UUID, on db: any Database) async throws -> [(id: UUID, record: StudentRecord)] {
        let sql = db as! any SQLDatabase
        let rows = try await sql.select().columns((["id"] + recordColumns).map { SQLIdentifier($0) }).from(schema)
            .where("school_id", .equal, school).all()
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
