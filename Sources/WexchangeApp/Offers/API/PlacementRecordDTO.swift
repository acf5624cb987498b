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

    let detail: PlacementRecords.Detail

    enum CodingKeys: String, CodingKey {
        case days, feedback, delivered
        case daysAttended = "days_attended"
    }

    init(_ detail: PlacementRecords.Detail) { self.detail = detail }

    func encode(to encoder: any Encoder) throws {
        try PlacementHeadingDTO(heading: detail.heading).encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        let record = detail.record
        try container.encode(detail.days.map { Day(date: $0.description, mark: record.attendance[$0]) }, forKey: .days)
        try container.encode(record.daysAttended(of: detail.days), forKey: .daysAttended)
        try container.encode(record.feedback, forKey: .feedback)
        try container.encode(record.delivered.map(\.rawValue), forKey: .delivered)
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
