import FluentKit
import Foundation
import SQLKit
import FluentSQLiteDriver

/// Many rows written with few statements: an import of 200,000 students. On SQLite the values
/// are bound straight to one statement per batch; on PostgreSQL through SQLKit. Table and column
/// names come from models, never from input.
enum BulkWrite {
    /// Rows per INSERT for `columns` columns: SQLite allows 32,766 bound values in a statement,
    /// PostgreSQL 65,535.
    static func rowsPerInsert(columns: Int) -> Int { max(1, 32_766 / columns) }

    /// Inserts `values` (row after row, each `columns.count` long) into `table`, in statements
    /// of at most `rowsPerInsert` rows.
    static func insert(into table: String, columns: [String], values: [ColumnValue], on db: any Database) async throws {
        precondition(values.count % columns.count == 0, "every row must have a value for each column")
        let perStatement = rowsPerInsert(columns: columns.count) * columns.count
        for start in stride(from: 0, to: values.count, by: perStatement) {
            let batch = values[start..<min(start + perStatement, values.count)]
            if let sqlite = db as? any SQLiteDatabase {
                let row = "(" + repeatElement("?", count: columns.count).joined(separator: ",") + ")"
                let sql =
                    "INSERT INTO \(quoted(table)) (\(columns.map(quoted).joined(separator: ","))) VALUES "
                    + repeatElement(row, count: batch.count / columns.count).joined(separator: ",")
                try await sqlite.query(sql, batch.map(\.sqlite)) { _ in }
            } else {
                var insert = (db as! any SQLDatabase).insert(into: table).columns(columns)
                for rowStart in stride(from: batch.startIndex, to: batch.endIndex, by: columns.count) {
                    insert = insert.values(batch[rowStart..<rowStart + columns.count].map(\.encodable))
                }
                try await insert.run()
            }
        }
    }

    /// Sets `columns` to `values` in the row of `table` whose id is `id`.
    static func update(_ table: String, id: UUID, columns: [String], values: [ColumnValue], on db: any Database) async throws {
        precondition(values.count == columns.count, "a value for each column")
        if let sqlite = db as? any SQLiteDatabase {
            let sql = "UPDATE \(quoted(table)) SET \(columns.map { "\(quoted($0)) = ?" }.joined(separator: ", ")) WHERE \"id\" = ?"
            try await sqlite.query(sql, values.map(\.sqlite) + [ColumnValue.uuid(id).sqlite]) { _ in }
        } else {
            var update = (db as! any SQLDatabase).update(table)
            for (column, value) in zip(columns, values) { update = update.set(column, to: value.encodable) }
            try await update.where("id", .equal, id).run()
        }
    }

    private static func quoted(_ name: String) -> String { "\"\(name)\"" }
}
