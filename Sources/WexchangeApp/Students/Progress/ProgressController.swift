import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

/// `/students/progress`: the careers leader's view of the school against its target.
struct ProgressController: Sendable {
    let services: AppServices

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let school = identity.organisationId
        let db = services.storage.database
        let policy = try await services.journeys.policy(school: school)
        let progress = try await services.progressCache.progress(school: school, day: services.today, policy: policy, on: db) {
            let students = try await StudentModel.stored(school: school, on: db).filter { !$0.record.hasLeft }
            let entries = try await JourneyEntryModel.entries(school: school, on: db)
            return SchoolProgress(policy: policy, students: students.map { ($0.id, $0.record, entries[$0.id] ?? []) })
        }
        try await services.studentRecords.auditListing(school, reason: "progress and at-risk list", by: identity)
        let pagination = Pagination(
            requested: request.queryValue("page"), pageSize: SchoolProgressPage.pageSize, total: progress.atRisk.count)
        return HTMLResponse.page(SchoolProgressPage(viewer: viewer, progress: progress, pagination: pagination))
    }
}
