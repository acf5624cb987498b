import Foundation
import WexchangeCore

/// An offer as its student or parent reads it through the API.
struct OfferDTO: Encodable, Sendable {
    let id: UUID
    let state: String
    let stateLabel: String
    let title: String
    let provider: String
    let student: String
    let round: String?
    let answerBy: String
    let needsConsent: Bool?
    /// What the round decided and why, in the student's words.
    let explanation: Explanation?
    let placement: [Fact]?

    struct Explanation: Encodable, Sendable {
        let headline: String
        let reasons: [String]
    }

    struct Fact: Encodable, Sendable {
        let label: String
        let value: String
    }

    enum CodingKeys: String, CodingKey {
        case id, state, title, provider, student, round, explanation, placement
        case stateLabel = "state_label", answerBy = "answer_by", needsConsent = "needs_consent"
    }

    init(_ summary: OfferReader.Summary, detail: OfferReader.Detail? = nil) {
        id = summary.id
        state = summary.state.rawValue
        stateLabel = summary.state.label
        title = summary.title
        provider = summary.providerName
        student = summary.studentName
        round = summary.roundName
        answerBy = summary.deadline.description
        needsConsent = detail?.needsConsent
        explanation = detail?.headline.map { Explanation(headline: $0, reasons: detail?.reasons ?? []) }
        placement = detail?.facts.rows.map { Fact(label: $0.label, value: $0.value) }
    }
}

/// `POST /api/v1/placements/{id}/cancel`.
struct CancelInputDTO: Decodable, Sendable {
    let reason: String?
}

struct OfferListDTO: Encodable, Sendable {
    let offers: [OfferDTO]
}

/// A confirmed placement as its provider sees it: nothing about the student beyond hosting them.
struct PlacementDTO: Encodable, Sendable {
    let placement: PlacementReader.Placement

    enum CodingKeys: String, CodingKey {
        case accessNeeds = "access_needs", emergencyContact = "emergency_contact", medicalNotes = "medical_notes"
    }

    init(_ placement: PlacementReader.Placement) { self.placement = placement }

    func encode(to encoder: any Encoder) throws {
        try PlacementHeadingDTO(heading: placement.heading).encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(placement.accessNeeds, forKey: .accessNeeds)
        try container.encode(placement.emergencyContact, forKey: .emergencyContact)
        try container.encode(placement.medicalNotes, forKey: .medicalNotes)
    }
}

struct PlacementListDTO: Encodable, Sendable {
    let placements: [PlacementDTO]
}
