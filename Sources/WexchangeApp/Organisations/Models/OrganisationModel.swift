import FluentKit
import Foundation

/// Any organisation people belong to: a school or college, a provider, a Careers Hub, the national
/// convenor or an accreditation body. A provider's organisation shares its id with its row in
/// `providers`, which keeps the catalogue's provider details.
final class OrganisationModel: Model, @unchecked Sendable {
    static let schema = "organisations"

    @ID(key: .id) var id: UUID?
    /// An `OrganisationKind` raw value.
    @Field(key: "kind") var kind: String
    @Field(key: "name") var name: String
    /// Schools: the DfE unique reference number, when known.
    @OptionalField(key: "urn") var urn: Int?
    @OptionalField(key: "postcode") var postcode: String?
    @OptionalField(key: "phase") var phase: String?
    /// Schools: the local authority's GSS code (E06…, E08…, E09…, E10…).
    @OptionalField(key: "local_authority") var localAuthority: String?
    @OptionalField(key: "fsm_percent") var fsmPercent: Double?
    /// Schools: the Careers Hub the school belongs to (at most one).
    @OptionalField(key: "hub_id") var hubId: UUID?
    /// Schools: the `TargetPolicy` their students' progress is measured against (nil: the default).
    @OptionalField(key: "target_policy") var targetPolicy: String?
    /// Providers: an admin's setting that publishes their listings without waiting for moderation.
    @Field(key: "trusted") var trusted: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID? = nil, kind: String, name: String) {
        self.id = id
        self.kind = kind
        self.name = name
        self.trusted = false
    }
}
