import FluentKit
import Foundation
import WexchangeCore
import WexchangeGeo

/// What the access policy needs to know about a stored listing, and which Careers Hub's area
/// contains a postcode.
struct ListingFactsService: Sendable {
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
        return ListingFacts(
            providerId: row.$provider.id, isPublished: row.effectiveStatus == .published, isVirtual: isVirtual,
            hubId: hubs.hub(containing: row.postcode, gazetteer: gazetteer))
    }
}
