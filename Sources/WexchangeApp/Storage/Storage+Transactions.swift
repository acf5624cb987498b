import FluentKit
import Foundation
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit

extension Storage {
    /// Every write transaction goes through here, so concurrent writers never fail because
    /// another is writing.
    ///
    /// - SQLite: writers take turns through one in-process gate, and each transaction begins
    ///   `IMMEDIATE` (taking the write lock before its first read), with a busy timeout for writers
    ///   in other processes (a command-line import beside the server). Fluent's own transactions
    ///   begin deferred: two that read and then write fail with "database is locked". In WAL mode
    ///   readers never wait for the writer.
    /// - PostgreSQL: a transaction that fails with a serialization failure or a deadlock is run
    ///   again, a few times, with the request id in the log.
    ///
    /// The body may run more than once on PostgreSQL, so it must do all its writing through `db`.
    public func transaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        AppMetrics.transactionsInFlight.increment()
        defer { AppMetrics.transactionsInFlight.decrement() }
        switch location {
        case .sqlite, .sqliteInMemory:
            return try await writeGate.run { try await self.immediateTransaction(body) }
        case .postgres:
            return try await retryingTransaction(body)
        }
    }

    static let sqliteBusyTimeoutMilliseconds = 10_000
    /// The most a writing connection keeps of the file in memory (SQLite's default is 2 MiB). A
    /// big transaction (200,000 students are about 60 MB of pages) that outgrows the cache spills
    /// pages to the log before it commits, and writes them again: the import took twice as long.
    static let sqliteWriteCacheKibibytes = 131_072
    static let maxAttempts = 4

    private func immediateTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        var attempt = 1
        while true {
            do {
                return try await database.withConnection { connection in
                    let sql = connection as! any SQLDatabase
                    try await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(Self.sqliteBusyTimeoutMilliseconds))").run()
                    try await sql.raw("PRAGMA synchronous = NORMAL").run()
                    try await sql.raw("PRAGMA cache_size = -\(unsafeRaw: String(Self.sqliteWriteCacheKibibytes))").run()
                    try await sql.raw("PRAGMA temp_store = MEMORY").run()
                    try await sql.raw("BEGIN IMMEDIATE").run()
                    do {
                        let result = try await body(connection)
                        try await sql.raw("COMMIT").run()
                        return result
                    } catch {
                        try? await sql.raw("ROLLBACK").run()
                        throw error
                    }
                }
            } catch let error as SQLiteError where error.reason == .busy && attempt < Self.maxAttempts {
                logger.warning(
                    "the database was busy (another process writing); trying again",
                    metadata: ["attempt": "\(attempt)", "request_id": "\(RequestScope.id ?? "none")"])
                attempt += 1
            }
        }
    }

    private func retryingTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        var attempt = 1
        while true {
            do {
                return try await database.transaction(body)
            } catch let error as PSQLError where Self.isRetryable(error) && attempt < Self.maxAttempts {
                logger.warning(
                    "a transaction met a concurrent one; trying again",
                    metadata: [
                        "sqlstate": "\(error.serverInfo?[.sqlState] ?? "")", "attempt": "\(attempt)",
                        "request_id": "\(RequestScope.id ?? "none")",
                    ])
                try await Task.sleep(for: .milliseconds(10 * attempt * attempt))
                attempt += 1
            }
        }
    }

    /// Serialization failure (40001) or deadlock (40P01): running the transaction again can succeed.
    static func isRetryable(_ error: PSQLError) -> Bool {
        ["40001", "40P01"].contains(error.serverInfo?[.sqlState] ?? "")
    }
}
