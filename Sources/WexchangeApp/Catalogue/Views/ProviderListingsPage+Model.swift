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
        /// A change to the published listing that waits for a moderator or came back from one.
        var change: Change? = nil

        var statusText: String {
            switch change {
            case .waiting?: "Published; your changes wait for a moderator"
            case .returned?: "Published; your changes were returned"
            case nil: status.label
            }
        }
    }

    enum Change { case waiting, returned }

    let viewer: Viewer
    let rows: [Row]
    var notice: String?
}
