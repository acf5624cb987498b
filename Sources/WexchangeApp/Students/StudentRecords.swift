import FluentKit
import Foundation
import WexchangeCore

/// Reads of students' records, each written to the audit log (who, which record, when): the
/// one way handlers read them.
struct StudentRecords: Sendable {
    let storage: Storage
    let now: @Sendable () -> Date

    static let pageSize = 50

    /// What the policy needs about a record; a record that does not exist is "not found".
    func facts(_ id: UUID) async throws -> StudentFacts {
        guard let model = try await StudentModel.find(id, on: storage.database) else { throw AppError.notFound("This student") }
        return model.facts
    }

    /// One record, for a requester the policy has allowed; the read is audited.
    func read(_ id: UUID, by identity: Identity) async throws -> StudentModel {
        guard let model = try await StudentModel.find(id, on: storage.database) else { throw AppError.notFound("This student") }
        try await audit(.studentRead, id, by: identity)
        return model
    }

    struct Filter: Sendable {
        var year: Int?
        var search: String?
        var includeLeft = false
    }

    struct Counts: Sendable {
        let onRoll: Int
        let disadvantaged: Int
        let sen: Int
    }

    /// One page of a school's students, by surname; the listing is audited as one read.
    func list(
        schoolId: UUID, filter: Filter, page requested: String?, by identity: Identity
    ) async throws -> (
        rows: [StudentModel], pagination: Pagination, counts: Counts
    ) {
        let db = storage.database
        let query = StudentModel.query(on: db).filter(\.$school.$id == schoolId)
        if !filter.includeLeft { query.filter(\.$leftAt == nil) }
        if let year = filter.year { query.filter(\.$yearGroup == year) }
        if let search = filter.search, !search.isEmpty {
            query.filter(
                TextFilter.contains(
                    search,
                    in: ["legal_surname", "legal_forename", "preferred_surname", "preferred_forename", "upn"].map {
                        (StudentModel.schema, $0)
                    }))
        }
        let pagination = Pagination(requested: requested, pageSize: Self.pageSize, total: try await query.count())
        let rows = try await query.sort(\.$legalSurname).sort(\.$legalForename).sort(\.$id).range(pagination.rows).all()
        let onRoll = StudentModel.query(on: db).filter(\.$school.$id == schoolId).filter(\.$leftAt == nil)
        let counts = Counts(
            onRoll: try await onRoll.count(),
            disadvantaged: try await onRoll.copy().filter(\.$disadvantage != "").count(),
            sen: try await onRoll.copy().filter(\.$senProvision != SENProvision.none.rawValue).count())
        try await audit(.studentsList, schoolId, by: identity)
        return (rows, pagination, counts)
    }

    /// A page that names a school's students (the progress page's at-risk list) is a read too.
    func auditListing(_ schoolId: UUID, reason: String, by identity: Identity) async throws {
        try await audit(.studentsList, schoolId, reason: reason, by: identity)
    }

    private func audit(_ action: AuditAction, _ subject: UUID, reason: String? = nil, by identity: Identity) async throws {
        let at = now()
        try await storage.transaction { db in try await AuditLog.record(action, subject, reason: reason, by: identity, at: at, in: db) }
    }
}
