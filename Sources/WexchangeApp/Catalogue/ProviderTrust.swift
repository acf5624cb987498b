import FluentKit
import Foundation
import WexchangeCore

/// Whether a provider's listings publish without waiting for moderation: it holds a badge that
/// has not expired, or an admin marked its organisation trusted.
enum ProviderTrust {
    static func isTrusted(_ providerID: UUID, today: CalendarDate, on db: any Database) async throws -> Bool {
        if try await OrganisationModel.find(providerID, on: db)?.trusted == true { return true }
        // ISO dates compare as text.
        return try await ProviderBadgeModel.query(on: db).filter(\.$provider.$id == providerID)
            .filter(\.$expires >= today.description).filter(\.$revokedAt == nil).first() != nil
    }
}
