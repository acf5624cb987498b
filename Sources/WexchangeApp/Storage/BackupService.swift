import FluentKit
import Foundation
import SQLKit

/// Online backups of the embedded SQLite database, and restoring one. PostgreSQL has its own
/// tools (`pg_dump`, `pg_restore`; see the README).
public enum BackupService {
    /// Writes a consistent copy of the running database to `path` (`VACUUM INTO`: one read
    /// transaction, so writers carry on and the copy is the database as of one moment). The copy
    /// is written beside `path` and renamed into place, so a half-written backup never has its name.
    public static func backup(_ storage: Storage, to path: String) async throws {
        guard case .sqlite = storage.location else { throw notForPostgres("backup") }
        let target = URL(fileURLWithPath: path)
        guard !FileManager.default.fileExists(atPath: target.path) else {
            throw AppError(.conflict, code: "exists", message: "\(path) already exists; choose a new file name", field: "out")
        }
        let partial = target.path + ".partial"
        try? FileManager.default.removeItem(atPath: partial)
        let sql = storage.database as! any SQLDatabase
        do {
            try await sql.raw("VACUUM INTO \(bind: partial)").run()
            try FileManager.default.moveItem(atPath: partial, toPath: target.path)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw AppError(.badRequest, code: "backup_failed", message: "could not write the backup to \(path): \(error)", field: "out")
        }
    }

    /// Replaces the database file with the backup at `path`, after checking that it is a whole
    /// Wexchange database. Refuses to overwrite an existing database unless `force` is set. Stop
    /// the server first: a running server keeps the old file open.
    public static func restore(from path: String, into location: AppConfiguration.DatabaseLocation, force: Bool) async throws {
        guard case .sqlite(let target) = location else { throw notForPostgres("restore") }
        guard FileManager.default.fileExists(atPath: path) else {
            throw AppError(.notFound, code: "not_found", message: "there is no backup at \(path)", field: "file")
        }
        try await check(path)
        if FileManager.default.fileExists(atPath: target), !force {
            throw AppError(
                .conflict, code: "exists",
                message: "\(target) already exists; add --force to replace it with the backup (stop the server first)", field: "force")
        }
        let incoming = target + ".restoring"
        try? FileManager.default.removeItem(atPath: incoming)
        try FileManager.default.copyItem(atPath: path, toPath: incoming)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) }
        if FileManager.default.fileExists(atPath: target) {
            _ = try FileManager.default.replaceItemAt(URL(fileURLWithPath: target), withItemAt: URL(fileURLWithPath: incoming))
        } else {
            try FileManager.default.moveItem(atPath: incoming, toPath: target)
        }
    }

    /// Opens the file on its own and checks SQLite's integrity check passes and that it holds
    /// Wexchange's tables.
    static func check(_ path: String) async throws {
        let storage = try Storage(.sqlite(path: path), logger: .init(label: "wexchange-restore-check"))
        defer { Task { await storage.shutdown() } }
        let sql = storage.database as! any SQLDatabase
        let verdict: String
        do {
            verdict = try await sql.raw("PRAGMA integrity_check").first(decodingColumn: "integrity_check", as: String.self) ?? "no answer"
        } catch {
            throw AppError(.badRequest, code: "not_a_backup", message: "\(path) is not a SQLite database", field: "file")
        }
        guard verdict == "ok" else {
            throw AppError(.badRequest, code: "damaged", message: "\(path) fails SQLite's integrity check: \(verdict)", field: "file")
        }
        let tables = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'catalogue_revision'").all()
        guard !tables.isEmpty else {
            throw AppError(
                .badRequest, code: "not_a_backup", message: "\(path) is not a Wexchange database (no catalogue_revision table)",
                field: "file")
        }
    }

    private static func notForPostgres(_ command: String) -> AppError {
        AppError(
            .badRequest, code: "postgres",
            message: "\(command) works on the embedded SQLite database; for PostgreSQL use pg_dump and "
                + "pg_restore (see the README)", field: "database_url")
    }
}
