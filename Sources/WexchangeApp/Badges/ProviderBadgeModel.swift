import FluentKit
import Foundation

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
