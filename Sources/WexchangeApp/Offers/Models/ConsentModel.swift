import FluentKit
import Foundation
import WexchangeCore

/// A parent or carer's signed e-consent (or refusal) to one offer, with the placement's facts as
/// they were shown when they signed.
final class ConsentModel: Model, @unchecked Sendable {
    static let schema = "consents"

    @ID(key: .id) var id: UUID?
    @Parent(key: "offer_id") var offer: OfferModel
    @OptionalField(key: "parent_user_id") var parentUserId: UUID?
    @Field(key: "given") var given: Bool
    @OptionalField(key: "emergency_name") var emergencyName: String?
    @OptionalField(key: "emergency_phone") var emergencyPhone: String?
    @OptionalField(key: "relationship") var relationship: String?
    @OptionalField(key: "medical_notes") var medicalNotes: String?
    @Field(key: "signed_name") var signedName: String
    /// The placement's facts the parent read, one "label: value" per line.
    @Field(key: "placement_facts") var placementFacts: String
    @Field(key: "signed_at") var signedAt: Date

    init() {}

    init(offerId: UUID, parentUserId: UUID, consent: Consent, facts: String, at: Date) {
        self.$offer.id = offerId
        self.parentUserId = parentUserId
        self.signedName = consent.signedName
        self.placementFacts = facts
        self.signedAt = at
        switch consent {
        case .given(let contact, let notes, _):
            given = true
            emergencyName = contact.name
            emergencyPhone = contact.phone
            relationship = contact.relationship
            medicalNotes = notes
        case .refused:
            given = false
        }
    }

    var emergencyContact: EmergencyContact? {
        guard given, let emergencyName, let emergencyPhone, let relationship else { return nil }
        return EmergencyContact(name: emergencyName, phone: emergencyPhone, relationship: relationship)
    }
}
