import FluentKit
import FluentSQL
import SQLKit

/// "Contains these words, whatever the case" for the search boxes on long lists, the same on
/// SQLite and PostgreSQL. Fluent's own `~~` is case-sensitive on PostgreSQL and passes `%` and
/// `_` through as wildcards; here they match themselves.
enum TextFilter {
    /// A filter: the lower-cased text of any of `columns` (table, column) contains `text`.
    static func contains(_ text: String, in columns: [(schema: String, column: String)]) -> DatabaseQuery.Filter {
        let escaped =
            text.lowercased()
            .replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
        let pattern = "%\(escaped)%"
        let tests = columns.map { schema, column in
            SQLQueryString("LOWER(CAST(\(ident: schema).\(ident: column) AS TEXT)) LIKE \(bind: pattern) ESCAPE '\\'")
        }
        return .sql(SQLGroupExpression(SQLList(tests, separator: SQLRaw(" OR "))))
    }
}
