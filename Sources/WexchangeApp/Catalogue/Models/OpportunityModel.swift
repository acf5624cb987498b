import FluentKit
import Foundation
import WexchangeCore

/// A listing. The validated details are kept whole as JSON (`details`): what students, offers and
/// rounds see; the columns beside it are the ones queries filter on.
final class OpportunityModel: Model, @unchecked Sendable {
    static let schema = "opportunities"

    @ID(key: .id) var id: UUID?
    @Parent(key: "provider_id") var provider: ProviderModel
    @OptionalField(key: "external_id") var externalId: String?
    /// `manual`, `csv` or `feed:<provider id>`.
    @Field(key: "source") var source: String
    @Field(key: "status") var status: String
    @Field(key: "title") var title: String
    @Field(key: "type") var type: String
    @Field(key: "mode") var mode: String
    @Field(key: "sector") var sector: String
    @OptionalField(key: "postcode") var postcode: String?
    @OptionalField(key: "latitude") var latitude: Double?
    @OptionalField(key: "longitude") var longitude: Double?
    @Field(key: "capacity") var capacity: Int
    @Field(key: "places_taken") var placesTaken: Int
    @Field(key: "details") var detailsJSON: String
    @Field(key: "revision") var revision: Int64
    /// The details JSON a moderator last approved; nil if never approved.
    @OptionalField(key: "approved_details") var approvedDetailsJSON: String?
    @OptionalField(key: "submitted_at") var submittedAt: Date?
    /// Why a moderator returned the listing (shown to its provider).
    @OptionalField(key: "moderation_reason") var moderationReason: String?
    /// A published listing's change waiting for a moderator, or returned by one (details JSON);
    /// `details` stays the published version meanwhile.
    @OptionalField(key: "pending_details") var pendingDetailsJSON: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    /// A new listing, stored as `record(_:trusted:now:)` says.
    init(id: UUID? = nil, providerID: UUID, source: String, details: OpportunityDetails, trusted: Bool, now: Date) throws {
        self.id = id
        self.$provider.id = providerID
        self.source = source
        self.placesTaken = 0
        self.revision = 0
        self.status = OpportunityStatus.draft.rawValue  // never live before its first save
        try record(details, trusted: trusted, now: now)
    }

    /// Stores what the provider sent and the status moderation gives it: published straight away
    /// for a trusted provider or for content already approved, else submitted for moderation. A
    /// change to a published listing that needs a moderator waits beside it (`pendingDetailsJSON`):
    /// the published version stays in search, and in every offer and round, until it is approved.
    func record(_ details: OpportunityDetails, trusted: Bool, now: Date) throws {
        let lastApproved = try approvedDetails()
        let status = Moderation.statusAfterSave(requested: details, lastApproved: lastApproved, trusted: trusted)
        if status == .submitted, effectiveStatus == .published {
            pendingDetailsJSON = try details.storedJSON()
            submittedAt = now
            moderationReason = nil
            return
        }
        pendingDetailsJSON = nil
        try write(details)
        self.status = status.rawValue
        switch status {
        case .submitted:
            submittedAt = now
            moderationReason = nil
        case .published:
            approvedDetailsJSON = detailsJSON
            submittedAt = nil
            moderationReason = nil
        default:
            submittedAt = nil
        }
    }

    /// A moderator's approval: the waiting content (a new listing, or a change to a published
    /// one) becomes the published version.
    func approve() throws {
        if let pending = try pendingDetails() {
            try write(pending)
            pendingDetailsJSON = nil
        }
        status = OpportunityStatus.published.rawValue
        approvedDetailsJSON = detailsJSON
        submittedAt = nil
        moderationReason = nil
    }

    /// A moderator's return, with the reason its provider sees. A waiting change to a published
    /// listing goes back and the published version stays live; otherwise the listing leaves
    /// search (a take-down), keeping the provider's latest content to change and submit again.
    func returnToProvider(reason: String) throws {
        if hasWaitingChange {
            submittedAt = nil
            moderationReason = reason
            return
        }
        if let pending = try pendingDetails() {
            try write(pending)
            pendingDetailsJSON = nil
        }
        status = OpportunityStatus.returned.rawValue
        submittedAt = nil
        moderationReason = reason
    }

    /// A published listing's change that is waiting for a moderator.
    var hasWaitingChange: Bool { pendingDetailsJSON != nil && submittedAt != nil && effectiveStatus == .published }

    /// A published listing's change that a moderator returned (the published version is still live).
    var hasReturnedChange: Bool { pendingDetailsJSON != nil && submittedAt == nil && effectiveStatus == .published }

    /// New, or a change to a published listing, waiting in a moderator's queue.
    var isWaitingForModerator: Bool { effectiveStatus == .submitted || hasWaitingChange }

    private func write(_ details: OpportunityDetails) throws {
        externalId = details.externalId
        status = details.status.rawValue
        title = details.title
        type = details.type.rawValue
        mode = details.mode.rawValue
        sector = details.sector.rawValue
        postcode = details.location?.postcode
        latitude = details.location?.coordinate.latitude
        longitude = details.location?.coordinate.longitude
        capacity = details.capacity
        detailsJSON = try details.storedJSON()
    }

    func details() throws -> OpportunityDetails {
        try OpportunityDetails(storedJSON: detailsJSON)
    }

    func approvedDetails() throws -> OpportunityDetails? {
        try approvedDetailsJSON.map { try OpportunityDetails(storedJSON: $0) }
    }

    func pendingDetails() throws -> OpportunityDetails? {
        try pendingDetailsJSON.map { try OpportunityDetails(storedJSON: $0) }
    }

    /// What its provider is working on: a change waiting (or returned) beside the published
    /// version, else the listing itself. The edit form and the provider's own API read this.
    func workingDetails() throws -> OpportunityDetails {
        try pendingDetails() ?? details()
    }

    /// The stored status: what the provider asked for, as moderation let it through.
    /// (`details().status` keeps what the provider asked for.)
    var effectiveStatus: OpportunityStatus { OpportunityStatus(rawValue: status) ?? .draft }

    /// Places not yet taken (by requests, offers or rounds' pledges), never below none.
    var placesLeft: Int { max(0, capacity - placesTaken) }
}
