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
