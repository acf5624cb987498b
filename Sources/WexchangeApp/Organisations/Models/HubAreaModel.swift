import FluentKit
import Foundation

/// One local authority a Careers Hub covers. The local authority is the key, so the database
/// itself refuses to give one authority to two hubs.
final class HubAreaModel: Model, @unchecked Sendable {
    static let schema = "hub_areas"

    @ID(key: .id) var id: UUID?
    /// The local authority's GSS code (E06…, E08…, E09…, E10…).
    @Field(key: "local_authority") var localAuthority: String
    @Parent(key: "hub_id") var hub: OrganisationModel

    init() {}

    init(localAuthority: String, hubID: UUID) {
        self.localAuthority = localAuthority
        self.$hub.id = hubID
    }
}
