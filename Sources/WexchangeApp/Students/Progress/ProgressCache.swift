import FluentKit
import Foundation
import SQLKit
import Synchronization
import WexchangeCore

/// Each school's progress, worked out once per change: every write to a school's students or
/// their journeys bumps the school's `students_revision` in the same transaction, and a page
/// whose school, revision, day and policy match what is kept reuses it (working it out from
/// 2,000 records and their journeys is most of the page's time). The revision lives in the
/// database, so every instance sees another's changes.
final class ProgressCache: Sendable {
    private struct Key: Hashable {
        let school: UUID
        let revision: Int
        let day: CalendarDate
        let policy: TargetPolicy
    }

    private let kept = Mutex<[UUID: (key: Key, progress: SchoolProgress)]>([:])
    static let limit = 1_000

    /// The school's progress on `day`, from `make` when nothing current is kept.
    func progress(
        school: UUID, day: CalendarDate, policy: TargetPolicy, on db: any Database, make: () async throws -> SchoolProgress
    ) async throws -> SchoolProgress {
        let key = Key(school: school, revision: try await Self.revision(school, on: db), day: day, policy: policy)
        if let hit = kept.withLock({ $0[school] }), hit.key == key { return hit.progress }
        let progress = try await make()
        kept.withLock { kept in
            if kept.count >= Self.limit { kept.removeAll() }
            kept[school] = (key, progress)
        }
        return progress
    }

    /// Marks a school's students or journeys as changed; call inside the writing transaction.
    static func bump(_ school: UUID, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        try await sql.update(OrganisationModel.schema)
            .set(SQLIdentifier("students_revision"), to: SQLRaw("COALESCE(students_revision, 0) + 1"))
            .where("id", .equal, school).run()
    }

    static func revision(_ school: UUID, on db: any Database) async throws -> Int {
        let sql = db as! any SQLDatabase
        let row = try await sql.select().column("students_revision").from(OrganisationModel.schema).where("id", .equal, school).first()
        return try row?.decode(column: "students_revision", as: Int?.self) ?? 0
    }
}
