import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

/// The request pages: the list (a provider answers there), choosing a student (staff), and the
/// request form. Access is decided by the routes.
struct RequestController: Sendable {
    let services: AppServices

    /// `GET /requests`.
    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        var page = try await listPage(context)
        page.done = request.queryValue("done").flatMap(RequestsPage.Done.init(rawValue:))
        return HTMLResponse.page(page)
    }

    /// `GET /opportunities/{id}/request`: staff choose the student; the choice goes on to the form.
    @Sendable func chooseStudent(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let opportunityId = try context.uuidParameter("id", what: "opportunity")
        guard let entry = services.catalogue.index.entry(id: opportunityId) else { throw AppError.notFound("This opportunity") }
        let db = services.storage.database
        let students = try await StudentModel.query(on: db).filter(\.$school.$id == identity.organisationId)
            .filter(\.$yearGroup ~~ entry.details.years).filter(\.$leftAt == nil).sort(\.$legalSurname).sort(\.$legalForename).all()
        var page = RequestStudentPage(
            viewer: viewer, opportunityId: opportunityId, title: entry.details.title, years: entry.details.years,
            students: try students.map { (try $0.requireID(), "\($0.preferredName), Year \($0.yearGroup)") })
        if let chosen = request.queryValue(RequestStudentPage.studentField) {
            if let id = UUID(uuidString: chosen), page.students.contains(where: { $0.id == id }) {
                return Response.redirect(to: RequestRoutes.ask.link(opportunityId, id))
            }
            page.problem = FormProblem(field: RequestStudentPage.studentField, message: "Choose the student the place is for")
            return HTMLResponse.page(page, status: .unprocessableContent)
        }
        return HTMLResponse.page(page)
    }

    /// `GET /opportunities/{id}/request/{student}`.
    @Sendable func form(_ request: Request, context: AppRequestContext) async throws -> Response {
        HTMLResponse.page(try await requestForm(context))
    }

    /// `POST /opportunities/{id}/request/{student}`: sends it, or shows the form with the problem.
    @Sendable func send(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        guard let identity = context.identity else { throw AppError.unauthorised }
        let body = try await FormBody.read(&request)
        var form = try await requestForm(context)
        form.message = body[RequestForm.messageField] ?? ""
        do {
            try await services.placeRequests.request(form.opportunityId, for: form.studentId, message: form.message, by: identity)
        } catch let failure as ValidationFailure {
            form.problems = failure.errors
            return HTMLResponse.page(form, status: .unprocessableContent)
        } catch let error as AppError where error.status == .conflict {
            form.refusal = error.message
            return HTMLResponse.page(form, status: .conflict)
        }
        return Response.redirect(to: RequestRoutes.requests.link + "?done=sent")
    }

    /// `POST /requests/{id}/accept`.
    @Sendable func accept(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await answering(context, done: .accepted, problemField: nil) { id, identity in
            _ = try await services.placeRequests.accept(id, by: identity)
        }
    }

    /// `POST /requests/{id}/decline`, with an optional reason.
    @Sendable func decline(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let body = try await FormBody.read(&request)
        let id = try context.uuidParameter("id", what: "request")
        return try await answering(context, done: .declined, problemField: RequestsPage.reasonId(id)) { id, identity in
            try await services.placeRequests.decline(id, reason: body[RequestsPage.reasonField], by: identity)
        }
    }

    /// `POST /requests/{id}/withdraw`.
    @Sendable func withdraw(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await answering(context, done: .withdrawn, problemField: nil) { id, identity in
            try await services.placeRequests.withdraw(id, by: identity)
        }
    }

    /// Runs one change to a request, then back to the list with what happened, or the list again
    /// with why not (a bad reason, no places left, the request already answered).
    private func answering(
        _ context: AppRequestContext, done: RequestsPage.Done, problemField: String?,
        _ change: (UUID, Identity) async throws -> Void
    ) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let id = try context.uuidParameter("id", what: "request")
        let status: HTTPResponse.Status
        let message: String
        do {
            try await change(id, identity)
            return Response.redirect(to: RequestRoutes.requests.link + "?done=\(done.rawValue)")
        } catch let failure as ValidationFailure {
            (status, message) = (.unprocessableContent, failure.errors.first?.message ?? "Check the reason")
        } catch let error as AppError where error.status == .conflict {
            (status, message) = (.conflict, error.message)
        }
        var page = try await listPage(context)
        page.problem = FormProblem(field: status == .conflict ? nil : problemField, message: message)
        page.problemRequest = id
        return HTMLResponse.page(page, status: status)
    }

    private func listPage(_ context: AppRequestContext) async throws -> RequestsPage {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        return RequestsPage(viewer: viewer, requests: try await services.placeRequestReader.summaries(for: identity))
    }

    private func requestForm(_ context: AppRequestContext) async throws -> RequestForm {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let opportunityId = try context.uuidParameter("id", what: "opportunity")
        let studentId = try context.uuidParameter("student", what: "student")
        guard let entry = services.catalogue.index.entry(id: opportunityId) else { throw AppError.notFound("This opportunity") }
        let student = try await services.studentRecords.read(studentId, by: identity)
        return RequestForm(
            viewer: viewer, opportunityId: opportunityId, studentId: studentId, title: entry.details.title,
            providerName: services.catalogue.index.providers[entry.providerId]?.name ?? "The provider",
            dates: OpportunityCard.dates(entry.details.schedule), studentName: student.preferredName,
            forStudent: identity.role == .student, refusal: try await services.placeRequests.refusal(opportunityId, for: studentId))
    }
}
