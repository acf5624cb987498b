import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

struct ModerationItemDTO: Encodable {
    struct Change: Encodable {
        let field: String
        let before: String?
        let after: String?
    }

    let id: String
    let title: String
    let provider: String
    let submittedAt: Date
    let isNew: Bool
    /// A change to a published listing, which stays live while it waits.
    let isChange: Bool
    let changes: [Change]

    init(_ item: ModerationService.Item) {
        id = item.id.uuidString.lowercased()
        title = item.title
        provider = item.providerName
        submittedAt = item.submittedAt
        isNew = item.isNew
        isChange = item.isChange
        changes = item.changes.map { Change(field: $0.field, before: $0.before, after: $0.after) }
    }

    enum CodingKeys: String, CodingKey {
        case id, title, provider, submittedAt = "submitted_at", isNew = "is_new", isChange = "is_change", changes
    }
}
