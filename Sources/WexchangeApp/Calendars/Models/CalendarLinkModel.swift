import FluentKit
import Foundation

/// A private calendar link: whose placements it shows (a student's, or a provider's), and the
/// hash of its key (the key itself is shown once, when made). Making a new link stops the old one.
final class CalendarLinkModel: Model, @unchecked Sendable {
    static let schema = "calendar_links"

    /// Whose placements a link shows.
    enum Owner: String, Sendable {
        /// A student's own placements; `owner_id` is their record.
        case student
        /// The placements a provider hosts; `owner_id` is the organisation.
        case provider
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "owner_kind") var ownerKind: String
    @Field(key: "owner_id") var ownerId: UUID
    @Field(key: "key_hash") var keyHash: String
    /// Who made it (nil once that account is gone).
    @OptionalField(key: "made_by") var madeBy: UUID?
    @Field(key: "made_at") var madeAt: Date
    /// When it stopped working: a new link was made, or it was stopped.
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}

    init(owner: Owner, ownerId: UUID, keyHash: String, madeBy: UUID?, at: Date) {
        ownerKind = owner.rawValue
        self.ownerId = ownerId
        self.keyHash = keyHash
        self.madeBy = madeBy
        madeAt = at
    }

    var owner: Owner? { Owner(rawValue: ownerKind) }
}
