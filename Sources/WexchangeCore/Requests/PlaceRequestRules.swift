import Foundation

/// Where a student's request for a place stands: the provider decides requests for plentiful
/// opportunities (scarce ones go through rounds, where the mechanism decides).
public enum PlaceRequestState: String, CaseIterable, Sendable, Codable {
    /// Waiting for the provider's answer.
    case requested
    /// The provider said yes: an offer was made, which the student answers like any other.
    case accepted
    /// The provider said no.
    case declined
    /// The student (or staff for them) took it back before the provider answered.
    case withdrawn
    /// The provider did not answer in time.
    case expired

    /// Whether it is still waiting for the provider.
    public var isOpen: Bool { self == .requested }

    /// How a student, teacher or provider reads it.
    public var label: String {
        switch self {
        case .requested: "Waiting for the provider"
        case .accepted: "Place offered"
        case .declined: "Not accepted"
        case .withdrawn: "Withdrawn"
        case .expired: "Not answered in time"
        }
    }
}

/// The rules of requesting a place. Pure: the service applies what these decide inside one
/// transaction, where the database takes the place (`PlaceLedger`).
public enum PlaceRequestRules {
    /// Days a provider has to answer a request.
    public static let answerWithinDays = 10
    /// Days a student has to answer the offer a request leads to.
    public static let offerAnswerDays = 7
    /// Longest note a student may send with a request.
    public static let maxMessageLength = 600

    /// Longest reason a provider may give for declining.
    public static let maxReasonLength = 300

    /// The note sent with a request: trimmed, nil when empty, or the problem with it.
    public static func message(_ text: String?) -> Result<String?, FieldError> {
        note(text, field: "message", limit: maxMessageLength, what: "The note to the provider")
    }

    /// The provider's reason for declining: trimmed, nil when empty, or the problem with it.
    public static func reason(_ text: String?) -> Result<String?, FieldError> {
        note(text, field: "reason", limit: maxReasonLength, what: "The reason")
    }

    private static func note(_ text: String?, field: String, limit: Int, what: String) -> Result<String?, FieldError> {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .success(nil) }
        guard trimmed.count <= limit else {
            return .failure(FieldError(field, "\(what) must be \(limit) characters or fewer (it has \(trimmed.count))"))
        }
        return .success(trimmed)
    }

    /// What the requester knows about the opportunity and the student when asking.
    public struct Asking: Sendable, Hashable {
        public var studentYear: Int
        public var years: [Int]
        public var applicationDeadline: CalendarDate?
        /// The first day of the next session that has not started (nil when none is to come).
        public var nextStart: CalendarDate?
        /// The last day of the last session (nil for a listing with no dates).
        public var lastDay: CalendarDate?
        public var placesLeft: Int

        public init(
            studentYear: Int, years: [Int], applicationDeadline: CalendarDate?, nextStart: CalendarDate?, lastDay: CalendarDate?,
            placesLeft: Int
        ) {
            self.studentYear = studentYear
            self.years = years
            self.applicationDeadline = applicationDeadline
            self.nextStart = nextStart
            self.lastDay = lastDay
            self.placesLeft = placesLeft
        }
    }

    /// Why this student may not ask for a place (in words for them), or nil when they may.
    public static func refusal(_ asking: Asking, today: CalendarDate) -> String? {
        if let last = asking.lastDay, last < today { return "This opportunity has finished" }
        if asking.lastDay != nil, asking.nextStart == nil { return "This opportunity has already started: no session is still to come" }
        if let deadline = asking.applicationDeadline, deadline < today {
            return "Applications closed on \(deadline.longText)"
        }
        guard asking.years.contains(asking.studentYear) else {
            let years = asking.years.map(String.init).joined(separator: ", ")
            return "This opportunity is for Year \(years), and the student is in Year \(asking.studentYear)"
        }
        guard asking.placesLeft > 0 else { return "No places left: every place has been taken" }
        return nil
    }

    /// The day the provider answers by: ten days on, but before the next session starts (and no
    /// earlier than today).
    public static func answerBy(today: CalendarDate, nextStart: CalendarDate?) -> CalendarDate {
        latest(today.adding(days: answerWithinDays), before: nextStart, today: today)
    }

    /// The day the student answers the resulting offer by: a week on, but before the next session.
    public static func offerDeadline(today: CalendarDate, nextStart: CalendarDate?) -> CalendarDate {
        latest(today.adding(days: offerAnswerDays), before: nextStart, today: today)
    }

    /// The first day of the next session that has not started by `today`.
    public static func nextStart(_ sessions: [DateRange], today: CalendarDate) -> CalendarDate? {
        sessions.map(\.start).filter { $0 > today }.min()
    }

    /// Whether a request still waiting has passed its day (the end of that day).
    public static func hasExpired(state: PlaceRequestState, answerBy: CalendarDate, today: CalendarDate) -> Bool {
        state == .requested && today > answerBy
    }

    private static func latest(_ day: CalendarDate, before start: CalendarDate?, today: CalendarDate) -> CalendarDate {
        guard let start else { return day }
        return max(today, min(day, start.adding(days: -1)))
    }
}
