import FluentKit
import Foundation
import WexchangeCohort
import WexchangeCore
import WexchangeGeo

/// Imports a school's cohort from a CSV or Common Transfer File: all rows or none. `preview`
/// reads and checks the whole file and says what importing it would do; `apply` does exactly
/// that in one transaction (worked out again inside it, so a preview that has gone stale never
/// undoes a newer change).
struct StudentImportService: Sendable {
    let storage: Storage
    let gazetteer: Gazetteer
    let now: @Sendable () -> Date

    struct Preview: Sendable {
        let file: CohortFile
        let plan: CohortPlan
    }

    struct Report: Sendable, Equatable {
        var new = 0, updated = 0, unchanged = 0, left = 0
    }

    /// The school with this DfE unique reference number.
    func school(urn: Int) async throws -> OrganisationModel {
        guard
            let school = try await OrganisationModel.query(on: storage.database).filter(\.$kind == OrganisationKind.school.rawValue)
                .filter(\.$urn == urn).first()
        else {
            throw AppError(.badRequest, code: "unknown_school", message: "there is no school with URN \(urn) in Wexchange", field: "school")
        }
        return school
    }

    /// Reads `data` (a CTF when it starts with `<`, else CSV) and plans its import into `schoolId`.
    /// Throws `CohortFailure` listing every problem when any row is wrong.
    func preview(_ data: Data, schoolId: UUID, full: Bool) async throws -> Preview {
        let file = try Self.read(data, today: CalendarDate(now()))
        try checkPostcodes(file)
        let stored = try await Self.stored(schoolId, on: storage.database)
        return Preview(file: file, plan: CohortPlan(file: file, stored: stored, full: full))
    }

    /// Carries out the import of a previewed file.
    func apply(
        _ file: CohortFile, schoolId: UUID, full: Bool, by actor: AuditActor, progress: (@Sendable (String) -> Void)? = nil
    )
        async throws -> Report
    {
        let now = now()
        let gazetteer = gazetteer
        return try await storage.transaction { db in
            let plan = CohortPlan(file: file, stored: try await Self.stored(schoolId, on: db), full: full)
            var done = 0
            let total = plan.new.count + plan.updated.count + plan.left.count
            func advance(_ count: Int) {
                done += count
                if done % 10_000 < count || done == total { progress?("  \(done) of \(total) students written") }
            }
            // Students of one school share postcodes: each is looked up once.
            var places: [String: Coordinate?] = [:]
            func written(_ record: StudentRecord) -> StudentModel.Written {
                guard let postcode = record.postcode else { return .init(record: record, coordinate: nil) }
                if let known = places[postcode] { return .init(record: record, coordinate: known) }
                let coordinate = try? gazetteer.geocode(postcode).get().coordinate
                places[postcode] = coordinate
                return .init(record: record, coordinate: coordinate)
            }
            try await StudentModel.insert(plan.new.map(written), school: schoolId, at: now, on: db, progress: advance)
            for update in plan.updated + plan.left {
                try await StudentModel.update(UUID(uuidString: update.id)!, to: written(update.record), at: now, on: db)
                advance(1)
            }
            if plan.changesSomething {
                try await ProgressCache.bump(schoolId, on: db)
                try await AuditLog.record(
                    .studentsImport, schoolId,
                    reason: "\(file.format.rawValue): \(plan.new.count) new, \(plan.updated.count) updated, \(plan.left.count) left",
                    by: actor, at: now, in: db)
            }
            return Report(new: plan.new.count, updated: plan.updated.count, unchanged: plan.unchanged, left: plan.left.count)
        }
    }

    /// A CTF is XML, so its first character (after a byte-order mark and spaces) is `<`. CSV is
    /// read as UTF-8, else as Windows-1252 (what older MIS exports write).
    static func read(_ data: Data, today: CalendarDate) throws -> CohortFile {
        let firstCharacter = data.drop(while: { [0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0A, 0x0D].contains($0) }).first
        if firstCharacter == UInt8(ascii: "<") { return try CohortCTFReader.read(data, today: today) }
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        guard let text = String(data: bytes, encoding: .utf8) ?? String(data: bytes, encoding: .windowsCP1252) else {
            throw CohortFailure(problems: [CohortProblem(place: .file, field: nil, message: "is neither a CSV text file nor a CTF")])
        }
        return try CohortCSVReader.read(text, today: today)
    }

    /// Home postcodes must be places the postcode table knows, or distances would be guesses.
    private func checkPostcodes(_ file: CohortFile) throws {
        var problems: [CohortProblem] = []
        for row in file.rows {
            guard let postcode = row.record.postcode, case .failure(let error) = gazetteer.geocode(postcode) else { continue }
            problems.append(
                CohortProblem(place: row.place, upn: row.record.upn.value, field: StudentField.postcode.name, message: "\(error)"))
        }
        guard problems.isEmpty else { throw CohortFailure(problems: problems) }
    }

    private static func stored(_ schoolId: UUID, on db: any Database) async throws -> [CohortPlan.Stored] {
        try await StudentModel.stored(school: schoolId, on: db).map { CohortPlan.Stored(id: $0.id.uuidString, record: $0.record) }
    }
}
