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
    let offerId: UUID
    /// `confirmed`, or `completed` once its last day has passed.
    let state: OfferState
    let title: String
    let dates: String
    let student: String
    let yearGroup: Int
    let school: String
    let accessNeeds: [String]
    let emergencyContact: EmergencyContact?
    let medicalNotes: String?

    enum CodingKeys: String, CodingKey {
        case state, title, dates, student, school
        case offerId = "offer_id", yearGroup = "year_group", accessNeeds = "access_needs", emergencyContact = "emergency_contact"
        case medicalNotes = "medical_notes"
    }

    init(_ placement: PlacementReader.Placement) {
        offerId = placement.offerId
        state = placement.state
        title = placement.title
        dates = placement.dates
        student = placement.studentName
        yearGroup = placement.yearGroup
        school = placement.schoolName
        accessNeeds = placement.accessNeeds
        emergencyContact = placement.emergencyContact
        medicalNotes = placement.medicalNotes
    }
}

struct PlacementListDTO: Encodable, Sendable {
    let placements: [PlacementDTO]
}
