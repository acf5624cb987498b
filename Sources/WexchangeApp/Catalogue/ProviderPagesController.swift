import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

/// A provider's own pages: its listings with their status and moderators' notes; creating one
/// from a template, editing, duplicating and closing. Every save goes through `ListingService`,
/// so moderation treats the form exactly like the API and feeds.
struct ProviderPagesController: Sendable {
    let services: AppServices

    @Sendable func listings(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let viewer = Viewer(context.identity) else { throw AppError.unauthorised }
        let rows = try await OpportunityModel.query(on: services.storage.database).filter(\.$provider.$id == context.providerId())
            .sort(\.$updatedAt, .descending).all()
        let notice: String? =
            switch request.queryValue("done") {
            case "submitted": "Saved. It is waiting for a moderator, who usually replies within two working days."
            case "changed":
                "Saved. Your changes wait for a moderator, who usually replies within two working days; until then students see the published version."
            case "published": "Saved and published."
            case "draft": "Saved as a draft. Only you can see it."
            case "closed": "Closed: it no longer takes applications. Changed your mind? Choose Reopen beside it."
            case "reopened": "Reopened and published again."
            case "uploaded":
                // Numbers only: no text from the address reaches the page.
                "Uploaded: "
                    + ["new", "changed", "unchanged", "closed"].map { "\(request.queryValue($0).flatMap(Int.init) ?? 0) \($0)" }
                    .joined(separator: ", ") + "."
            default: nil
            }
        let page = ProviderListingsPage(
            viewer: viewer,
            rows: try rows.map { row in
                .init(
                    id: try row.requireID(), title: try row.workingDetails().title, status: row.effectiveStatus,
                    reason: row.moderationReason, updatedAt: row.updatedAt,
                    change: row.hasWaitingChange ? .waiting : row.hasReturnedChange ? .returned : nil)
            }, notice: notice)
        return HTMLResponse.page(page)
    }

    @Sendable func newForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let viewer = Viewer(context.identity) else { throw AppError.unauthorised }
        let type = request.queryValue("type").flatMap(OpportunityType.init(rawValue:)) ?? .workPlacement
        let form = ListingForm(
            viewer: viewer, action: CatalogueRoutes.providerListings.link, heading: "New listing: \(type.label.lowercased())",
            input: ListingTemplates.template(for: type))
        return HTMLResponse.page(form)
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await submitted(request, context: context, action: CatalogueRoutes.providerListings.link, heading: "New listing", id: nil)
    }

    @Sendable func editForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let viewer = Viewer(context.identity) else { throw AppError.unauthorised }
        let id = try context.uuidParameter("id", what: "opportunity")
        let (row, details) = try await services.listings.listing(id, ownedBy: try context.providerId())
        var form = ListingForm(
            viewer: viewer, action: CatalogueRoutes.providerListing.link(id), heading: "Edit: \(details.title)", input: details.input)
        if row.hasWaitingChange {
            form.notice =
                "Your changes below wait for a moderator. Until they approve them, students see the published version. Saving again replaces the waiting changes."
        } else if row.hasReturnedChange {
            form.notice =
                "A moderator returned your changes: “\(row.moderationReason ?? "")”. Students still see the published version. Change it below and submit again."
        } else if row.effectiveStatus == .published {
            form.notice =
                "It is published. Changes wait for a moderator unless you hold a current badge; meanwhile students see it as it is now."
        }
        return HTMLResponse.page(form)
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.uuidParameter("id", what: "opportunity")
        return try await submitted(
            request, context: context, action: CatalogueRoutes.providerListing.link(id), heading: "Edit listing", id: id)
    }

    /// Whatever button was pressed on the form or on "Check your answers": Continue checks the
    /// answers and shows them; Change opens the form at that part; Submit and Save as draft save.
    private func submitted(
        _ request: Request, context: AppRequestContext, action: String, heading: String, id: UUID?
    ) async throws
        -> Response
    {
        guard let viewer = Viewer(context.identity) else { throw AppError.unauthorised }
        var request = request
        let form = try await FormBody.read(&request)
        let (input, unreadable) = ListingForm.input(from: form)
        let provider = try context.providerId()
        switch ListingForm.Intent(form[ListingForm.Intent.field]) {
        case .change(let section):
            return HTMLResponse.page(ListingForm(viewer: viewer, action: action, heading: heading, input: input, focus: section))
        case .check:
            return try await refusing(input, unreadable, viewer: viewer, action: action, heading: heading) {
                // Shown as it will be saved (a postcode in capitals, say); posted back as typed.
                let details = try await services.listings.check(providerID: provider, id: id, input: input)
                return HTMLResponse.page(ListingCheckPage(viewer: viewer, action: action, input: details.input, form: form))
            }
        case .publish, .draft:
            return try await refusing(input, unreadable, viewer: viewer, action: action, heading: heading) {
                let saved =
                    if let id { try await services.listings.update(providerID: provider, id: id, input: input).id } else {
                        try await services.listings.create(providerID: provider, input: input).id
                    }
                return Response.redirect(to: CatalogueRoutes.providerListings.link + "?done=\(try await doneAfterSave(saved))")
            }
        }
    }

    /// A copy as a draft, without the external id (which must stay unique), opened for editing.
    @Sendable func duplicate(_ request: Request, context: AppRequestContext) async throws -> Response {
        let provider = try context.providerId()
        let (_, details) = try await services.listings.listing(try context.uuidParameter("id", what: "opportunity"), ownedBy: provider)
        var input = details.input
        input.externalId = nil
        input.status = OpportunityStatus.draft.rawValue
        input.title = String("Copy of \(details.title)".prefix(OpportunityRules.maxTitleLength))
        let copy = try await services.listings.create(providerID: provider, input: input)
        return Response.redirect(to: CatalogueRoutes.providerListing.link(copy.id))
    }

    /// Closing asks first: it takes the listing out of search at once, and only a copy can reopen it.
    @Sendable func confirmClose(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let viewer = Viewer(context.identity) else { throw AppError.unauthorised }
        let id = try context.uuidParameter("id", what: "opportunity")
        let (_, details) = try await services.listings.listing(id, ownedBy: try context.providerId())
        return HTMLResponse.page(
            ConfirmationPage(
                viewer: viewer, heading: "Close “\(details.title)”?",
                consequences: [
                    "Students will no longer be able to find it or ask for a place.",
                    "It leaves the search results and its page at once.",
                    "To offer it again later, duplicate it and submit the copy.",
                ],
                action: CatalogueRoutes.providerListingClose.link(id), confirmLabel: "Yes, close it",
                back: CatalogueRoutes.providerListings.link))
    }

    @Sendable func close(_ request: Request, context: AppRequestContext) async throws -> Response {
        let provider = try context.providerId()
        let id = try context.uuidParameter("id", what: "opportunity")
        let (_, details) = try await services.listings.listing(id, ownedBy: provider)
        var input = details.input
        input.status = OpportunityStatus.closed.rawValue
        _ = try await services.listings.update(providerID: provider, id: id, input: input)
        return Response.redirect(to: CatalogueRoutes.providerListings.link + "?done=closed")
    }

    /// Undoes closing: the listing is published again as it was (straight away when nothing else
    /// changed since a moderator approved it, otherwise it waits for one).
    @Sendable func reopen(_ request: Request, context: AppRequestContext) async throws -> Response {
        let provider = try context.providerId()
        let id = try context.uuidParameter("id", what: "opportunity")
        let (_, details) = try await services.listings.listing(id, ownedBy: provider)
        guard details.status == .closed else {
            throw AppError(.conflict, code: "not_closed", message: "Only a closed listing can be reopened")
        }
        var input = details.input
        input.status = OpportunityStatus.published.rawValue
        _ = try await services.listings.update(providerID: provider, id: id, input: input)
        let done = try await doneAfterSave(id)
        return Response.redirect(to: CatalogueRoutes.providerListings.link + "?done=\(done == "published" ? "reopened" : done)")
    }

    /// How the listings page words the outcome of a save: published, draft or waiting.
    private func doneAfterSave(_ id: UUID) async throws -> String {
        let row = try await OpportunityModel.find(id, on: services.storage.database)
        if row?.hasWaitingChange == true { return "changed" }
        return switch row?.effectiveStatus {
        case .published: "published"
        case .draft: "draft"
        default: "submitted"
        }
    }

    /// Runs `next` (a check or a save through the listing service); refused answers show the form
    /// again with every problem. Values the form could not even read (letters for a number) are
    /// refused before that, together with whatever else the rules find.
    private func refusing(
        _ input: OpportunityInput, _ unreadable: [FieldError], viewer: Viewer, action: String, heading: String,
        _ next: () async throws -> Response
    ) async throws -> Response {
        do {
            if !unreadable.isEmpty {
                let named = Set(unreadable.map(\.field))
                var problems = unreadable
                if case .failure(let failure) = OpportunityRules.validate(input, gazetteer: services.gazetteer) {
                    problems += failure.errors.filter { !named.contains($0.field) }
                }
                throw AppError.invalid(ValidationFailure(problems))
            }
            return try await next()
        } catch let error as AppError where [400, 409].contains(error.status.code) {
            // A conflict names its one field without a list of details.
            let problems =
                error.details.isEmpty ? error.field.map { [AppError.Detail(field: $0, message: error.message)] } ?? [] : error.details
            let form = ListingForm(
                viewer: viewer, action: action, heading: heading, input: input, problems: problems, problemMessage: error.message)
            return HTMLResponse.page(form, status: error.status)
        }
    }
}
