import Foundation
import WexchangeCore

/// A provider's own listings, whatever their status, with moderators' reasons, and a way to
/// start a new one from a template.
struct ProviderListingsPage {
    struct Row {
        let id: UUID
        let title: String
        let status: OpportunityStatus
        let reason: String?
        let updatedAt: Date?
    }

    let viewer: Viewer
    let rows: [Row]
    var notice: String?
}
