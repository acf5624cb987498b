import Foundation
import WexchangeCore

/// One placement as its provider records it: the student (only what hosting needs), each day
/// with its mark, the feedback and the delivered marks of a meaningful experience.
struct PlacementRecordDTO: Encodable, Sendable {
    struct Day: Encodable, Sendable {
        let date: String
        /// `attended`, `absent`, or nil when not recorded.
        let mark: AttendanceMark?
    }

    let offerId: UUID
    let state: OfferState
    let title: String
    let dates: String
    let student: String
    let yearGroup: Int
    let school: String
    let days: [Day]
    let daysAttended: Int
    let feedback: String?
    let delivered: [String]

    enum CodingKeys: String, CodingKey {
        case state, title, dates, student, school, days, feedback, delivered
        case offerId = "offer_id", yearGroup = "year_group", daysAttended = "days_attended"
    }

    init(_ detail: PlacementRecords.Detail) {
        offerId = detail.offerId
        state = detail.state
        title = detail.title
        dates = detail.dates
        student = detail.studentName
        yearGroup = detail.yearGroup
        school = detail.schoolName
        days = detail.days.map { Day(date: $0.description, mark: detail.record.attendance[$0]) }
        daysAttended = detail.record.daysAttended(of: detail.days)
        feedback = detail.record.feedback
        delivered = detail.record.delivered.map(\.rawValue)
    }
}

/// `PUT /api/v1/placements/{id}`: what is sent changes, what is left out keeps its value.
struct PlacementRecordInputDTO: Decodable, Sendable {
    /// `{"2027-07-05": "attended", "2027-07-06": "absent", "2027-07-07": ""}` (empty clears a day).
    let attendance: [String: String]?
    /// Empty clears it.
    let feedback: String?
    /// `shared_purpose`, `two_way_interaction`, `range_of_people`, `employer_task`.
    let delivered: [String]?
}
