import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

/// A provider's CSV upload on the web: the same all-or-nothing import as `wexchange import
/// opportunities` (`CSVImportService`, `FeedImportService`). Choose a file, see what it would add,
/// change and close (or every problem in it, with its line and column), then confirm. Nothing
/// is written before the confirmation, and then all of it or none.
struct ListingImportController: Sendable {
    let services: AppServices

    static let fileField = "file"
    static var templateLink: String { CatalogueRoutes.providerListingsTemplate.link }

    /// `GET /provider/listings/import`: the upload form.
    @Sendable func form(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let viewer = Viewer(context.identity) else { throw AppError.unauthorised }
        return HTMLResponse.page(ListingImportPage(viewer: viewer, full: false))
    }

    /// `GET /provider/listings/template.csv`: the header row the upload reads.
    @Sendable func template(_ request: Request, context: AppRequestContext) async throws -> Response {
        CSVDownload.response(try CSVDownload.text(header: CSVImportService.columns, rows: []), filename: "listings-template.csv")
    }

    /// `POST /provider/listings/import` (multipart): reads and checks the file, keeps it for the
    /// confirmation, and shows the preview; or the form again with every problem.
    @Sendable func preview(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let provider = try context.providerId()
        let form = try await MultipartForm.read(&request)
        let full = form["full"] == "true"
        func refuse(_ problems: [ListingImportPage.Problem]) -> Response {
            HTMLResponse.page(ListingImportPage(viewer: viewer, full: full, problems: problems), status: .unprocessableContent)
        }
        guard let file = form.file(Self.fileField), !file.body.isEmpty else {
            return refuse([.init(place: nil, message: "Choose the CSV file to upload")])
        }
        let plan: FeedImportService.Plan
        let rows: Int
        do {
            let items = try Self.items(file.body)
            rows = items.count
            plan = try await services.feeds.preview(providerID: provider, items: items, full: full)
        } catch let failure as CSVImportService.Failure {
            return refuse(ListingImportPage.problems(failure.problems))
        } catch let error as AppError where !error.details.isEmpty || error.status == .contentTooLarge {
            return refuse(
                error.details.isEmpty
                    ? [.init(place: nil, message: PlainWords.capitalised(error.message))] : ListingImportPage.problems(error.details))
        }
        let now = services.now()
        let pending = PendingListingImportModel(
            providerId: provider, userId: identity.userId, fileName: file.fileName ?? "upload.csv", content: file.body, full: full, at: now)
        try await services.storage.transaction { db in
            try await PendingListingImportModel.query(on: db)
                .filter(\.$createdAt < now.addingTimeInterval(-PendingListingImportModel.lifetime)).delete()
            try await pending.create(on: db)
        }
        return HTMLResponse.page(
            ListingImportPreviewPage(
                viewer: viewer, pendingId: try pending.requireID(), fileName: pending.fileName, rows: rows, full: full, plan: plan))
    }

    /// `POST /provider/listings/import/{id}`: saves the previewed file (or cancels it, with
    /// `cancel`). Everything is checked again: what changed since the preview is refused in words.
    @Sendable func confirm(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let provider = try context.providerId()
        let form = try await FormBody.read(&request)
        let id = try context.uuidParameter("id", what: "upload")
        guard
            let pending = try await PendingListingImportModel.find(id, on: services.storage.database),
            pending.$provider.id == provider, pending.userId == identity.userId
        else { throw AppError.notFound("This upload (it may have expired: uploads are kept for an hour)") }
        let forget: @Sendable (any Database) async throws -> Void = { db in
            try await PendingListingImportModel.query(on: db).filter(\.$id == id).delete()
        }
        if form["cancel"] != nil {
            try await services.storage.transaction(forget)
            return Response.redirect(to: CatalogueRoutes.providerListingsImport.link)
        }
        let report: FeedImportService.Report
        do {
            report = try await services.feeds.apply(
                providerID: provider, items: try Self.items(pending.content), full: pending.full, source: "csv")
        } catch let failure as CSVImportService.Failure {
            return HTMLResponse.page(
                ListingImportPage(viewer: viewer, full: pending.full, problems: ListingImportPage.problems(failure.problems)),
                status: .unprocessableContent)
        } catch let error as AppError where !error.details.isEmpty {
            return HTMLResponse.page(
                ListingImportPage(viewer: viewer, full: pending.full, problems: ListingImportPage.problems(error.details)),
                status: .unprocessableContent)
        }
        try await services.storage.transaction(forget)
        let counts = [("new", report.created), ("changed", report.updated), ("unchanged", report.unchanged), ("closed", report.closed)]
        return Response.redirect(
            to: CatalogueRoutes.providerListings.link(query: [("done", "uploaded")] + counts.map { ($0.0, String($0.1)) }))
    }

    /// The file's rows as feed items; a file that is not UTF-8 text is refused in words.
    static func items(_ body: Data) throws -> [FeedImportService.Item] {
        guard let text = String(data: body, encoding: .utf8) else {
            throw CSVImportService.Failure(problems: [
                .init(line: 1, field: "file", message: "is not a CSV text file (save the spreadsheet as CSV UTF-8)")
            ])
        }
        return try CSVImportService.read(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }
}
