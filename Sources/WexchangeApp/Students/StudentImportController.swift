import FluentKit
import Foundation
import Hummingbird
import WexchangeCohort
import WexchangeCore

/// The careers leader's cohort upload: choose a file, see what it would do (or every problem in
/// it), then confirm. Nothing is written before the confirmation, and then all of it or none.
struct StudentImportController: Sendable {
    let services: AppServices

    static let fileField = "file"

    /// `GET /students/import`: the upload form.
    @Sendable func form(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let viewer = Viewer(context.identity) else { throw AppError.unauthorised }
        return HTMLResponse.page(StudentImportPage(viewer: viewer, full: false, problems: []))
    }

    /// `POST /students/import` (multipart): reads and checks the file, keeps it for the
    /// confirmation, and shows the preview; or the form again with every problem.
    @Sendable func preview(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let form = try await MultipartForm.read(&request)
        let full = form["full"] == "true"
        func refuse(_ problems: [StudentImportPage.Problem]) -> Response {
            HTMLResponse.page(StudentImportPage(viewer: viewer, full: full, problems: problems), status: .unprocessableContent)
        }
        guard let file = form.file(Self.fileField), !file.body.isEmpty else {
            return refuse([.init(place: nil, message: "Choose the CSV or CTF file to import")])
        }
        let preview: StudentImportService.Preview
        do {
            preview = try await services.studentImport.preview(file.body, schoolId: identity.organisationId, full: full)
        } catch let failure as CohortFailure {
            return refuse(failure.problems.map(StudentImportPage.Problem.init))
        }
        let now = services.now()
        let pending = PendingStudentImportModel(
            schoolId: identity.organisationId, userId: identity.userId, fileName: file.fileName ?? "upload", content: file.body,
            full: full, at: now)
        try await services.storage.transaction { db in
            // Files left unconfirmed are personal data with no purpose: swept as new ones arrive.
            try await PendingStudentImportModel.query(on: db)
                .filter(\.$createdAt < now.addingTimeInterval(-PendingStudentImportModel.lifetime)).delete()
            try await pending.create(on: db)
        }
        return HTMLResponse.page(
            StudentImportPreviewPage(
                viewer: viewer, pendingId: try pending.requireID(), fileName: pending.fileName, preview: preview, full: full))
    }

    /// `POST /students/import/{id}`: imports the previewed file (or cancels it, with `cancel`).
    @Sendable func confirm(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        guard let identity = context.identity else { throw AppError.unauthorised }
        let form = try await FormBody.read(&request)
        let id = try context.uuidParameter("id", what: "import")
        guard
            let pending = try await PendingStudentImportModel.find(id, on: services.storage.database),
            pending.$school.id == identity.organisationId, pending.userId == identity.userId
        else { throw AppError.notFound("This upload (it may have expired: uploads are kept for an hour)") }
        if form["cancel"] != nil {
            try await services.storage.transaction { db in try await PendingStudentImportModel.query(on: db).filter(\.$id == id).delete() }
            return Response.redirect(to: StudentRoutes.importForm.link)
        }
        let importer = services.studentImport
        let file = try StudentImportService.read(pending.content, today: services.today)
        _ = try await importer.apply(file, schoolId: identity.organisationId, full: pending.full, by: identity.auditActor)
        try await services.storage.transaction { db in try await PendingStudentImportModel.query(on: db).filter(\.$id == id).delete() }
        return Response.redirect(to: StudentRoutes.students.link(query: [("done", "imported")]))
    }
}
