import Foundation
import Hummingbird
import WexchangeCore

/// A school's list of students and each student's record.
struct StudentsController: Sendable {
    let services: AppServices

    /// `/students`: the school's students a page at a time; `year`, `search` and `left` filter.
    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let filter = StudentRecords.Filter(
            year: request.queryValue("year").flatMap(Int.init).flatMap { YearGroup.range.contains($0) ? $0 : nil },
            search: request.queryValue("search")?.trimmingWhitespace,
            includeLeft: request.queryValue("left") == "true")
        let (rows, pagination, counts) = try await services.studentRecords.list(
            schoolId: identity.organisationId, filter: filter, page: request.queryValue("page"), by: identity)
        let notice: String? = request.queryValue("done") == "imported" ? "Students imported." : nil
        return HTMLResponse.page(
            StudentsPage(
                viewer: viewer, rows: rows.map(StudentsPage.Row.init), pagination: pagination, counts: counts, filter: filter,
                canImport: AccessPolicy.decide(identity.requester, .importStudents) == .allowed, notice: notice))
    }

    /// `/students/audit`: who read and changed the school's students' records, newest first
    /// (`subject` narrows it to one student, only ever one of this school's).
    @Sendable func readLog(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let subject = request.queryValue("subject").flatMap(UUID.init(uuidString:))
        let (entries, pagination) = try await AuditTrail(database: services.storage.database)
            .page(request.queryValue("page"), subject: subject, school: identity.organisationId)
        return HTMLResponse.page(AuditLogPage(viewer: viewer, entries: entries, pagination: pagination, subject: subject, scope: .school))
    }

    /// `/students/{id}`: one student's record (the policy has allowed it; the read is audited).
    @Sendable func record(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let model = try await services.studentRecords.read(try context.uuidParameter("id", what: "student"), by: identity)
        var page = StudentPage(
            viewer: viewer, studentId: try model.requireID(), record: model.record, hasAccount: model.userId != nil,
            leftAt: model.leftAt,
            managesAccess: AccessPolicy.decide(
                identity.requester, .manageStudentAccess(model.facts)) == .allowed,
            signsInWithCode: try await services.studentAccounts.signsInWithCode(model),
            notice: request.queryValue("done") == "invited" ? "Invitation sent." : nil)
        if page.managesAccess, model.leftAt == nil { page.openRounds = try await services.rounds.openRounds(for: model) }
        return HTMLResponse.page(page)
    }
}
