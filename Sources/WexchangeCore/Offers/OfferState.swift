/// Where an offer of a place stands, from the run that made it to the placement's last day.
public enum OfferState: String, CaseIterable, Sendable, Codable {
    /// Made by a round's run, waiting for the round to be published (the student cannot see it yet).
    case pending
    /// Made: the student answers by the deadline.
    case offered
    /// The student said yes; a parent or carer's consent is needed before it is confirmed.
    case accepted
    /// A placement: accepted, with consent where the student is under 18.
    case confirmed
    /// The student said no, or a parent or carer refused consent: the place goes back.
    case declined
    /// Not answered by the deadline: the place goes back.
    case lapsed
    /// A confirmed placement the provider called off: the student goes back into the round's
    /// re-clearing first (or, for a request, the place goes back to the listing).
    case cancelled
    /// A confirmed placement whose last day has passed: it is in the student's journey, and
    /// its provider may still record attendance and feedback.
    case completed

    /// Whether the offer holds its place (the place is not free for anyone else).
    public var holdsPlace: Bool {
        switch self {
        case .pending, .offered, .accepted, .confirmed, .completed: true
        case .declined, .lapsed, .cancelled: false
        }
    }

    /// How a student or parent reads it.
    public var label: String {
        switch self {
        case .pending: "Not yet made"
        case .offered: "Waiting for your answer"
        case .accepted: "Accepted: waiting for consent"
        case .confirmed: "Confirmed"
        case .declined: "Declined"
        case .lapsed: "Not answered in time"
        case .cancelled: "Cancelled by the provider"
        case .completed: "Completed"
        }
    }
}
