import Foundation
import WexchangeCore

/// A request for a place as the API gives it. For a provider, `student_id` is left out: it reads
/// only what deciding needs.
struct RequestDTO: Encodable, Sendable {
    let id: UUID
    let state: String
    let stateLabel: String
    let opportunityId: UUID
    let title: String
    let provider: String
    let studentId: UUID?
    let student: String
    let yearGroup: Int
    let school: String
    let accessNeeds: [String]
    let message: String?
    let answerBy: String
    let reason: String?
    let offerId: UUID?
    let requestedOn: String

    enum CodingKeys: String, CodingKey {
        case id, state, title, provider, student, school, message, reason
        case stateLabel = "state_label", opportunityId = "opportunity_id", studentId = "student_id", yearGroup = "year_group"
        case accessNeeds = "access_needs", answerBy = "answer_by", offerId = "offer_id", requestedOn = "requested_on"
    }

    init(_ summary: PlaceRequestReader.Summary) {
        id = summary.id
        state = summary.state.rawValue
        stateLabel = summary.state.label
        opportunityId = summary.opportunityId
        title = summary.title
        provider = summary.providerName
        studentId = summary.studentId
        student = summary.studentName
        yearGroup = summary.yearGroup
        school = summary.schoolName
        accessNeeds = summary.accessNeeds
        message = summary.message
        answerBy = summary.answerBy.description
        reason = summary.reason
        offerId = summary.offerId
        requestedOn = summary.requestedOn.description
    }
}

struct RequestListDTO: Encodable, Sendable {
    let requests: [RequestDTO]
}

/// `POST /api/v1/students/{student}/requests`.
struct RequestInputDTO: Decodable, Sendable {
    let opportunityId: UUID
    let message: String?

    enum CodingKeys: String, CodingKey {
        case opportunityId = "opportunity_id", message
    }
}

/// `POST /api/v1/requests/{id}/decline` (the body is optional).
struct DeclineInputDTO: Decodable, Sendable {
    let reason: String?
}
