import Foundation
import Hummingbird
import WexchangeCore

/// `PUT /api/v1/feed`: a provider's whole feed, upserted by external id (see `FeedImportService`).
struct FeedAPI: Sendable {
    let services: AppServices

    @Sendable func upsert(_ request: Request, context: AppRequestContext) async throws -> Response {
        let provider = try context.providerId()
        let full: Bool
        switch request.queryValue("mode") {
        case nil, "", "upsert": full = false
        case "full": full = true
        case let other?:
            throw AppError(
                .badRequest, code: "invalid_parameter", message: "mode: '\(other)' is not allowed; one of: upsert, full", field: "mode")
        }
        let feed = try await JSONBody.decode(FeedRequestDTO.self, from: request, context: context)
        let items = feed.items.enumerated().map { FeedImportService.Item(input: $1, index: $0, line: nil) }
        let logger = context.logger
        // Long feeds say how far they are (every 500 items written, inside the transaction).
        let report = try await services.feeds.apply(
            providerID: provider, items: items, full: full,
            source: "feed:\(provider.uuidString.lowercased())"
        ) { written, total in
            if written % 500 == 0 { logger.debug("feed import in progress", metadata: ["written": "\(written)", "total": "\(total)"]) }
        }
        return try JSONResponse.make(report)
    }
}
