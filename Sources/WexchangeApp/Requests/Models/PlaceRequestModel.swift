import FluentKit
import Foundation
import WexchangeCore

/// A student's request for a place on an opportunity, which its provider accepts (making an
/// offer) or declines by `answer_by`. One per student and opportunity: a withdrawn or expired
/// request is asked again on the same row.
final class PlaceRequestModel: Model, @unchecked Sendable {
    static let schema = "place_requests"

    @ID(key: .id) var id: UUID?
    @Parent(key: "student_id") var student: StudentModel
    @Parent(key: "opportunity_id") var opportunity: OpportunityModel
    /// `PlaceRequestState` raw value.
    @Field(key: "state") var state: String
    /// The student's note to the provider (why they are interested), if any.
    @OptionalField(key: "message") var message: String?
    /// Who asked: the student, or staff for them.
    @Field(key: "requested_by") var requestedBy: UUID
    /// `YYYY-MM-DD`: the provider answers by the end of this day.
    @Field(key: "answer_by") var answerBy: String
    @OptionalField(key: "answered_at") var answeredAt: Date?
    @OptionalField(key: "answered_by") var answeredBy: UUID?
    /// The provider's reason when it declines, shown to the student.
    @OptionalField(key: "reason") var reason: String?
    /// The offer made when the provider accepted.
    @OptionalField(key: "offer_id") var offerId: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var requestState: PlaceRequestState { PlaceRequestState(rawValue: state) ?? .withdrawn }
}
