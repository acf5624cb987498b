import FluentKit
import Foundation
import SQLKit
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// `wexchange backup` while writes go on, and `wexchange restore` of the copy (SQLite only:
/// PostgreSQL has pg_dump).
@Suite struct BackupTests {
    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("wexchange-\(name)-\(UUID().uuidString).sqlite").path
    }

    /// The rows of every table of `other` that differ from the live database, either way.
    static func differences(_ storage: Storage, from other: String) async throws -> [String: Int] {
        try await storage.database.withConnection { connection in
            let sql = connection as! any SQLDatabase
            try await sql.raw("ATTACH DATABASE \(bind: other) AS other").run()
            var found: [String: Int] = [:]
            let tables = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                .all()
                .map { try $0.decode(column: "name", as: String.self) }
            for table in tables {
                let count =
                    try await sql.raw(
                        """
                        SELECT (SELECT count(*) FROM (SELECT * FROM main.\(ident: table) EXCEPT SELECT * FROM other.\(ident: table)))
                             + (SELECT count(*) FROM (SELECT * FROM other.\(ident: table) EXCEPT SELECT * FROM main.\(ident: table))) AS n
                        """
                    ).first(decodingColumn: "n", as: Int.self) ?? -1
                if count != 0 { found[table] = count }
            }
            found["(tables)"] = tables.count >= 10 ? nil : tables.count
            try await sql.raw("DETACH DATABASE other").run()
            return found
        }
    }

    @Test func aBackupTakenDuringWritesRestoresToAConsistentDatabase() async throws {
        guard TestDatabase.postgresURL == nil else { return }
        try await withApp { app in
            let storage = app.services.storage
            var providers: [UUID] = []
            for index in 0..<4 { providers.append(try await app.makeProvider("Backup \(index)").id) }
            let underLoad = Self.temporaryPath("under-load"), idle = Self.temporaryPath("idle")
            let restoredUnderLoad = Self.temporaryPath("restored-load"), restoredIdle = Self.temporaryPath("restored-idle")
            defer {
                for path in [underLoad, idle, restoredUnderLoad, restoredIdle] {
                    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                }
            }
            let feeds = app.services.feeds
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (index, provider) in providers.enumerated() {
                    group.addTask {
                        for feed in 0..<4 {
                            let items = (0..<50).map {
                                FeedImportService.Item(input: .mock("b\(index)-\(feed)-\($0)"), index: $0, line: nil)
                            }
                            _ = try await feeds.apply(providerID: provider, items: items, full: false, source: "feed:test")
                        }
                    }
                }
                group.addTask {
                    try await Task.sleep(for: .milliseconds(50))
                    try await BackupService.backup(storage, to: underLoad)
                }
                try await group.waitForAll()
            }
            // Taken under load: whole feeds only, and it restores.
            try await BackupService.restore(from: underLoad, into: .sqlite(path: restoredUnderLoad), force: false)
            let copy = try Storage(.sqlite(path: restoredUnderLoad), logger: .init(label: "test"))
            // Per feed ("b<provider>-<feed>"), how many of its 50 items the copy holds.
            let counts = try await OpportunityModel.query(on: copy.database).all().reduce(into: [String: Int]()) { counts, row in
                counts[(row.externalId ?? "").split(separator: "-").dropLast().joined(separator: "-"), default: 0] += 1
            }
            await copy.shutdown()
            #expect(counts.values.allSatisfy { $0 == 50 }, "a feed was half in the backup: \(counts)")

            // Taken when idle: restored, every table equals the live database.
            try await BackupService.backup(storage, to: idle)
            try await BackupService.restore(from: idle, into: .sqlite(path: restoredIdle), force: false)
            #expect(try await Self.differences(storage, from: restoredIdle).isEmpty)
            #expect(try await OpportunityModel.query(on: storage.database).count() == 4 * 4 * 50)
        }
    }

    @Test func badBackupAndRestoreRequestsSayWhatIsWrongAndChangeNothing() async throws {
        guard TestDatabase.postgresURL == nil else { return }
        try await withApp { app in
            let storage = app.services.storage
            let existing = Self.temporaryPath("existing"), junk = Self.temporaryPath("junk"), target = Self.temporaryPath("target")
            defer { for path in [existing, junk, target] { try? FileManager.default.removeItem(atPath: path) } }
            try Data("keep me".utf8).write(to: URL(fileURLWithPath: existing))
            try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: junk))
            try Data("the current database".utf8).write(to: URL(fileURLWithPath: target))

            await #expect(throws: AppError.self) { try await BackupService.backup(storage, to: existing) }
            #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep me")
            for (file, force) in [(junk, true), ("/nonexistent/backup.sqlite", true), (existing, true)] {
                do {
                    try await BackupService.restore(from: file, into: .sqlite(path: target), force: force)
                    Issue.record("restored \(file)")
                } catch let error as AppError {
                    #expect(error.field == "file", "\(file): \(error.message)")
                }
            }
            // A good backup is still refused over an existing database without --force.
            let good = Self.temporaryPath("good")
            defer { try? FileManager.default.removeItem(atPath: good) }
            try await BackupService.backup(storage, to: good)
            await #expect(throws: AppError.self) { try await BackupService.restore(from: good, into: .sqlite(path: target), force: false) }
            #expect(try String(contentsOfFile: target, encoding: .utf8) == "the current database")
            await #expect(throws: AppError.self) {
                try await BackupService.restore(from: good, into: .postgres(url: "postgres://a:b@h:1/d"), force: true)
            }
        }
    }
}
