import FluentKit
import Foundation
import WexchangeCore

/// A place offered to a student: by a round's run (or its re-clearing), or by a provider accepting
/// a request. Written when a round runs; the student sees it once the round is published.
final class OfferModel: Model, @unchecked Sendable {
    static let schema = "offers"

    @ID(key: .id) var id: UUID?
    /// The round that made it (nil for a request accepted by the provider).
    @OptionalParent(key: "round_id") var round: RoundModel?
    @Parent(key: "student_id") var student: StudentModel
    @Parent(key: "opportunity_id") var opportunity: OpportunityModel
    /// `OfferState` raw value.
    @Field(key: "state") var state: String
    /// Which of the student's choices it was; nil when clearing placed them elsewhere.
    @OptionalField(key: "rank") var rank: Int?
    /// `YYYY-MM-DD`: answer by the end of this day.
    @Field(key: "deadline") var deadline: String
    @OptionalField(key: "answered_at") var answeredAt: Date?
    /// The person who accepted or declined it (the student, or staff for them).
    @OptionalField(key: "answered_by") var answeredBy: UUID?
    /// When the "starts next week" reminder went out (confirmed placements only).
    @OptionalField(key: "reminded_at") var remindedAt: Date?
    /// What the provider records: `PlacementRecord.storedAttendance`, their feedback to the
    /// student, and the `MeaningfulCriterion` raw values they delivered, `;`-separated.
    @OptionalField(key: "attendance") var attendance: String?
    @OptionalField(key: "feedback") var feedback: String?
    @OptionalField(key: "feedback_at") var feedbackAt: Date?
    @OptionalField(key: "delivered") var delivered: String?
    /// When its last day passed and it became a journey entry.
    @OptionalField(key: "completed_at") var completedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(roundId: UUID?, studentId: UUID, opportunityId: UUID, state: OfferState, rank: Int?, deadline: String) {
        self.$round.id = roundId
        self.$student.id = studentId
        self.$opportunity.id = opportunityId
        self.state = state.rawValue
        self.rank = rank
        self.deadline = deadline
    }
}

extension OfferModel {
    var offerState: OfferState { OfferState(rawValue: state) ?? .pending }

    /// Whether it holds its place today, before the hourly sweep writes a lapse: not unanswered
    /// past its deadline, nor accepted and still without consent past its last day to consent.
    /// `firstDay` is its listing's.
    func holdsPlace(today: CalendarDate, firstDay: CalendarDate?) -> Bool {
        let state = offerState
        let answerBy = CalendarDate(iso: deadline) ?? today
        return state.holdsPlace && !OfferRules.hasLapsed(state: state, deadline: answerBy, today: today)
            && !OfferRules.hasConsentLapsed(
                state: state, consentBy: OfferRules.consentDeadline(answerBy: answerBy, firstDay: firstDay), today: today)
    }

    var placementRecord: PlacementRecord {
        PlacementRecord(
            attendance: PlacementRecord.attendance(stored: attendance), feedback: feedback, delivered: StudentModel.set(delivered ?? ""))
    }

    /// The columns a run writes in bulk (`BulkWrite`), and one offer's values for them.
    static let bulkColumns = ["id", "round_id", "student_id", "opportunity_id", "state", "rank", "deadline", "created_at", "updated_at"]

    static func bulkValues(
        id: UUID, round: UUID, student: UUID, opportunity: UUID, state: OfferState, rank: Int?, deadline: String, at: Date
    ) -> [ColumnValue] {
        [
            .uuid(id), .uuid(round), .uuid(student), .uuid(opportunity), .text(state.rawValue), .integer(rank), .text(deadline), .date(at),
            .date(at),
        ]
    }
}
