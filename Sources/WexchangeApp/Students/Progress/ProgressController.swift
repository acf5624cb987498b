import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

/// `/students/progress`: the careers leader's view of the school against its target, its
/// inspection export (CSV and printable), and the choice of target.
struct ProgressController: Sendable {
    let services: AppServices

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let progress = try await progress(identity.organisationId)
        try await services.studentRecords.auditListing(identity.organisationId, reason: "progress and at-risk list", by: identity)
        let pagination = Pagination(
            requested: request.queryValue("page"), pageSize: SchoolProgressPage.pageSize, total: progress.atRisk.count)
        return HTMLResponse.page(
            SchoolProgressPage(
                viewer: viewer, progress: progress, pagination: pagination,
                notice: request.queryValue("done") == "target" ? "Target saved. Every figure now measures against it." : nil))
    }

    /// `GET /students/progress/print`: every figure and the whole at-risk list on one page.
    @Sendable func printable(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let school = try await OrganisationModel.find(identity.organisationId, on: services.storage.database)
        let progress = try await progress(identity.organisationId)
        try await services.studentRecords.auditListing(identity.organisationId, reason: "inspection export (printable)", by: identity)
        return HTMLResponse.page(
            SchoolProgressPrintPage(viewer: viewer, schoolName: school?.name ?? "the school", day: services.today, progress: progress))
    }

    /// `GET /students/progress.csv`: one line per student on roll.
    @Sendable func csv(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let school = identity.organisationId
        let policy = try await services.journeys.policy(school: school)
        let export = ProgressExport(policy: policy, students: try await onRoll(school).map { ($0.record, $0.entries) })
        try await services.studentRecords.auditListing(school, reason: "inspection export (CSV)", by: identity)
        return CSVDownload.response(try export.csv(), filename: "progress-\(services.today).csv")
    }

    /// `POST /students/progress/target`: the school's choice of target.
    @Sendable func setTarget(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        guard let identity = context.identity else { throw AppError.unauthorised }
        let form = try await FormBody.read(&request)
        do {
            try await services.journeys.setPolicy(form["policy"], school: identity.organisationId, by: identity)
        } catch let failure as ValidationFailure {
            // The form always has one target chosen; anything else was not sent by it.
            throw AppError(.badRequest, code: "invalid", message: failure.errors.map(\.message).joined(separator: ". "))
        }
        return Response.redirect(to: StudentRoutes.progress.link(query: [("done", "target")]))
    }

    /// `GET /hub/progress`: the hub's schools in aggregate (no student named, small groups not shown).
    @Sendable func hub(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let db = services.storage.database
        let schools = try await OrganisationModel.query(on: db).filter(\.$kind == OrganisationKind.school.rawValue)
            .filter(\.$hubId == identity.organisationId).all()
        var figures: [(name: String, progress: SchoolProgress)] = []
        for school in schools {
            let progress = try await progress(try school.requireID())
            if !progress.years.isEmpty { figures.append((school.name, progress)) }
        }
        return HTMLResponse.page(
            HubProgressPage(viewer: viewer, progress: HubProgress(hubName: identity.organisationName, schools: figures)))
    }

    /// The school's progress, kept between changes (`ProgressCache`).
    private func progress(_ school: UUID) async throws -> SchoolProgress {
        let db = services.storage.database
        let policy = try await services.journeys.policy(school: school)
        return try await services.progressCache.progress(school: school, day: services.today, policy: policy, on: db) {
            SchoolProgress(policy: policy, students: try await onRoll(school))
        }
    }

    /// The school's students on roll, each with their journey, read in bulk.
    private func onRoll(_ school: UUID) async throws -> [(id: UUID, record: StudentRecord, entries: [JourneyEntry])] {
        let db = services.storage.database
        let students = try await StudentModel.stored(school: school, on: db).filter { !$0.record.hasLeft }
        let entries = try await JourneyEntryModel.entries(school: school, on: db)
        return students.map { ($0.id, $0.record, entries[$0.id] ?? []) }
    }
}
