import FluentKit
import Foundation

/// An organisation that offers experiences of work. Its API key is stored only as a SHA-256 hash.
final class ProviderModel: Model, @unchecked Sendable {
    static let schema = "providers"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @Field(key: "size_band") var sizeBand: String
    /// Occupational-route ids, JSON-encoded.
    @Field(key: "sectors") var sectors: [String]
    @OptionalField(key: "website") var website: String?
    @OptionalField(key: "contact_email") var contactEmail: String?
    @OptionalField(key: "api_key_hash") var apiKeyHash: String?
    /// The catalogue revision of the last change (see `CatalogueRevision`).
    @Field(key: "revision") var revision: Int64
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Children(for: \.$provider) var badges: [ProviderBadgeModel]

    init() {}

    init(id: UUID? = nil, name: String, kind: String, sizeBand: String, sectors: [String], website: String?, contactEmail: String?) {
        self.id = id
        self.name = name
        self.kind = kind
        self.sizeBand = sizeBand
        self.sectors = sectors
        self.website = website
        self.contactEmail = contactEmail
        self.revision = 0
    }
}

/// An accreditation badge granted to a provider, counting up to and including `expires`, until
/// it is revoked.
final class ProviderBadgeModel: Model, @unchecked Sendable {
    static let schema = "provider_badges"

    @ID(key: .id) var id: UUID?
    @Parent(key: "provider_id") var provider: ProviderModel
    @Field(key: "name") var name: String
    /// The granting body's name, as shown on pages.
    @Field(key: "granted_by") var grantedBy: String
    /// The accreditation body that granted it (nil for badges from before accounts, or granted by
    /// a national admin without a body).
    @OptionalField(key: "body_id") var bodyId: UUID?
    @OptionalField(key: "evidence") var evidence: String?
    /// YYYY-MM-DD.
    @Field(key: "expires") var expires: String
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "revoke_reason") var revokeReason: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(providerID: UUID, name: String, grantedBy: String, expires: String) {
        self.$provider.id = providerID
        self.name = name
        self.grantedBy = grantedBy
        self.expires = expires
    }
}
