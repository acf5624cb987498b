import Foundation
import FluentSQLiteDriver

/// One column's value for a bulk write (`BulkWrite`), typed so that PostgreSQL is told a null's
/// type too, and bound to SQLite without Codable encoders (a third of an import's time went
/// there). The SQLite forms are the ones Fluent writes: ids as upper-case text, dates as seconds
/// since 1970.
enum ColumnValue: Sendable {
    case text(String?)
    case integer(Int?)
    case real(Double?)
    case uuid(UUID?)
    case date(Date?)

    var sqlite: SQLiteData {
        switch self {
        case .text(let value): value.map { .text($0) } ?? .null
        case .integer(let value): value.map { .integer($0) } ?? .null
        case .real(let value): value.map { .float($0) } ?? .null
        case .uuid(let value): value.map { .text($0.hex(uppercase: true)) } ?? .null
        case .date(let value): value?.sqliteData ?? .null
        }
    }

    var encodable: any Encodable & Sendable {
        switch self {
        case .text(let value): value
        case .integer(let value): value
        case .real(let value): value
        case .uuid(let value): value
        case .date(let value): value
        }
    }
}
