import FluentKit
import Foundation
import WexchangeCore
import WexchangeGeo

/// What the access policy needs to know about a stored listing, and which Careers Hub's area
/// contains a postcode.
struct ListingFactsLoader: Sendable {
    let storage: Storage
    let gazetteer: Gazetteer

    /// - Throws: 404 when there is no such listing.
    func facts(_ id: UUID) async throws -> (row: OpportunityModel, facts: ListingFacts) {
        guard let row = try await OpportunityModel.find(id, on: storage.database) else {
            throw AppError.notFound("opportunity \(id.uuidString.lowercased())")
        }
        return (row, try await facts(row))
    }

    func facts(_ row: OpportunityModel) async throws -> ListingFacts {
        let isVirtual = DeliveryMode(rawValue: row.mode) == .virtual
        let hubs = isVirtual ? HubAreas(hubByLocalAuthority: [:]) : try await HubAreas.load(on: storage.database)
        return ListingFacts(providerId: row.$provider.id, isPublished: row.effectiveStatus == .published, isVirtual: isVirtual,
                            hubId: hubs.hub(containing: row.postcode, gazetteer: gazetteer))
    }
}

/// The local authorities each Careers Hub covers. A local authority belongs to at most one hub,
/// so the hub of a postcode is the hub of its local authority.
struct HubAreas: Sendable {
    let hubByLocalAuthority: [String: UUID]

    static func load(on db: any Database) async throws -> HubAreas {
        let areas = try await HubAreaModel.query(on: db).all()
        return HubAreas(hubByLocalAuthority: Dictionary(areas.map { ($0.localAuthority, $0.$hub.id) }, uniquingKeysWith: { first, _ in first }))
    }

    func hub(containing postcode: String?, gazetteer: Gazetteer) -> UUID? {
        guard let postcode, case .success(let place) = gazetteer.geocode(postcode), let code = place.localAuthorityCode else { return nil }
        return hubByLocalAuthority[code]
    }
}
