import FluentKit
import Foundation
import WexchangeCore
import WexchangeGeo

/// The local authorities each Careers Hub covers. A local authority belongs to at most one hub,
/// so the hub of a postcode is the hub of its local authority.
struct HubAreas: Sendable {
    let hubByLocalAuthority: [String: UUID]

    static func load(on db: any Database) async throws -> HubAreas {
        let areas = try await HubAreaModel.query(on: db).all()
        return HubAreas(
            hubByLocalAuthority: Dictionary(areas.map { ($0.localAuthority, $0.$hub.id) }, uniquingKeysWith: { first, _ in first }))
    }

    func hub(containing postcode: String?, gazetteer: Gazetteer) -> UUID? {
        guard let postcode, case .success(let place) = gazetteer.geocode(postcode), let code = place.localAuthorityCode else { return nil }
        return hubByLocalAuthority[code]
    }
}
