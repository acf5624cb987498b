import FluentKit
import Foundation
import WexchangeCore

/// A provider's confirmed and finished placements: who is coming, when, and what hosting them safely needs
/// (preferred name, year, school, access needs, the emergency contact from the consent), and
/// nothing else: never a UPN, date of birth, disadvantage or SEN status. Every read is audited
/// against each student shown, so their school sees who looked.
struct PlacementReader: Sendable {
    let storage: Storage
    let now: @Sendable () -> Date

    @dynamicMemberLookup
    struct Placement: Sendable, Equatable {
        let heading: PlacementHeading
        let accessNeeds: [String]
        let emergencyContact: EmergencyContact?
        let medicalNotes: String?

        subscript<Value>(dynamicMember field: KeyPath<PlacementHeading, Value>) -> Value { heading[keyPath: field] }
    }

    func placements(of providerId: UUID, by identity: Identity) async throws -> [Placement] {
        let at = now()
        return try await storage.transaction { db in
            let opportunities = try await OpportunityModel.query(on: db).filter(\.$provider.$id == providerId).all()
            guard !opportunities.isEmpty else { return [] }
            let offers = try await OfferModel.query(on: db).filter(\.$opportunity.$id ~~ opportunities.map { try $0.requireID() })
                .filter(\.$state ~~ [OfferState.confirmed.rawValue, OfferState.completed.rawValue]).with(\.$student) { $0.with(\.$school) }
                .with(\.$opportunity)
                .sort(\.$createdAt).sort(\.$id).all()
            let consents = try await ConsentModel.query(on: db).filter(\.$offer.$id ~~ offers.map { try $0.requireID() }).all()
            let consentByOffer = Dictionary(consents.map { ($0.$offer.id, $0) }, uniquingKeysWith: { first, _ in first })
            var placements: [Placement] = []
            for offer in offers {
                let details = try offer.opportunity.details()
                let consent = consentByOffer[try offer.requireID()]
                let needs: TaxonomySet<SendAdjustment> = StudentModel.set(offer.student.accessNeeds)
                placements.append(
                    Placement(
                        heading: try PlacementHeading(offer, details), accessNeeds: needs.map(\.label),
                        emergencyContact: consent?.emergencyContact, medicalNotes: consent?.medicalNotes))
                try await AuditLog.record(
                    .placementRead, offer.$student.id, reason: "“\(offer.opportunity.title)”", by: identity, at: at, in: db)
            }
            return placements
        }
    }
}
