import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

/// A provider's own pages: its listings with their status and moderators' notes.
struct ProviderPagesController: Sendable {
    let services: AppServices

    @Sendable func listings(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let viewer = Viewer(context.identity) else { throw AppError.unauthorised }
        let rows = try await OpportunityModel.query(on: services.storage.database).filter(\.$provider.$id == context.providerId())
            .sort(\.$updatedAt, .descending).all()
        let page = ProviderListingsPage(viewer: viewer, rows: try rows.map { row in
            .init(id: try row.requireID(), title: row.title, status: row.effectiveStatus, reason: row.moderationReason, updatedAt: row.updatedAt)
        })
        return HTMLResponse.page(page.html)
    }
}
