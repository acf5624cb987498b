import Foundation
import WexchangeCore

/// Who is coming on which placement: what every provider's view of a placement starts with
/// (the student's preferred name, year and school, never more), read one way from the offer.
struct PlacementHeading: Sendable, Equatable {
    let offerId: UUID
    /// Confirmed, or completed once its last day has passed (any state on one placement's page).
    let state: OfferState
    let title: String
    let dates: String
    let studentName: String
    let yearGroup: Int
    let schoolName: String

    /// `offer` with its student (and their school) and opportunity loaded.
    init(_ offer: OfferModel, _ details: OpportunityDetails) throws {
        offerId = try offer.requireID()
        state = offer.offerState
        title = offer.opportunity.title
        dates = OpportunityCard.dates(details.schedule)
        studentName = offer.student.preferredName
        yearGroup = offer.student.yearGroup
        schoolName = offer.student.school.name
    }

    init(offerId: UUID, state: OfferState, title: String, dates: String, studentName: String, yearGroup: Int, schoolName: String) {
        self.offerId = offerId
        self.state = state
        self.title = title
        self.dates = dates
        self.studentName = studentName
        self.yearGroup = yearGroup
        self.schoolName = schoolName
    }
}

/// The heading's fields in the API's words, written into the same JSON object as the rest.
struct PlacementHeadingDTO: Encodable, Sendable {
    let heading: PlacementHeading

    enum CodingKeys: String, CodingKey {
        case state, title, dates, student, school
        case offerId = "offer_id", yearGroup = "year_group"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(heading.offerId, forKey: .offerId)
        try container.encode(heading.state, forKey: .state)
        try container.encode(heading.title, forKey: .title)
        try container.encode(heading.dates, forKey: .dates)
        try container.encode(heading.studentName, forKey: .student)
        try container.encode(heading.yearGroup, forKey: .yearGroup)
        try container.encode(heading.schoolName, forKey: .school)
    }
}
