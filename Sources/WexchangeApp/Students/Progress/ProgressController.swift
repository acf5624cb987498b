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
        let students = try await StudentModel.stored(school: school, on: db).filter { !$0.record.hasLeft }
        let entries = try await JourneyEntryModel.query(on: db)
            .join(StudentModel.self, on: \JourneyEntryModel.$student.$id == \StudentModel.$id)
            .filter(StudentModel.self, \.$school.$id == school).all()
        let byStudent = Dictionary(grouping: entries, by: \.$student.id)
        let progress = SchoolProgress(
            policy: try await services.journeys.policy(school: school),
            students: students.map { ($0.id, $0.record, byStudent[$0.id]?.map(\.entry) ?? []) })
        try await services.studentRecords.auditListing(school, reason: "progress and at-risk list", by: identity)
        return HTMLResponse.page(SchoolProgressPage(viewer: viewer, progress: progress))
    }
}
