/// The rules of answering an offer and confirming a placement. Pure: the service applies what
/// these decide inside one transaction.
public enum OfferRules {
    public enum Answer: String, Sendable, CaseIterable {
        case accept, decline
    }

    /// The age from which a student confirms a placement themselves, with no parent's consent.
    public static let ageOfConsent = 18

    /// Whether a parent or carer must consent: the student is under 18 on the placement's first day.
    public static func needsConsent(bornOn birth: CalendarDate, firstDay: CalendarDate) -> Bool {
        firstDay.age(bornOn: birth) < ageOfConsent
    }

    /// The state an answer leads to, or the reason (in the student's words) it cannot be given.
    public static func answer(
        _ answer: Answer, state: OfferState, deadline: CalendarDate, today: CalendarDate, needsConsent: Bool
    ) -> Result<OfferState, OfferRefusal> {
        switch (answer, state) {
        case (_, .pending): return .failure(OfferRefusal("This offer has not been made yet"))
        case (_, .declined): return .failure(OfferRefusal("This offer was declined: its place has gone back"))
        case (_, .cancelled):
            return .failure(OfferRefusal("The provider cancelled this placement: your school's careers leader can help you find another"))
        case (_, .lapsed):
            return .failure(OfferRefusal("This offer was not answered by its deadline: its place has gone back"))
        case (_, .completed): return .failure(OfferRefusal("This placement has finished"))
        case (.accept, .accepted), (.accept, .confirmed): return .failure(OfferRefusal("This offer is already accepted"))
        case (.decline, .confirmed):
            return .failure(
                OfferRefusal("This placement is confirmed: to cancel it, ask your school's careers leader to contact the provider"))
        case (.accept, .offered) where today > deadline, (.decline, .offered) where today > deadline:
            return .failure(OfferRefusal("The deadline to answer this offer was \(deadline.longText): its place has gone back"))
        case (.accept, .offered): return .success(needsConsent ? .accepted : .confirmed)
        case (.decline, .offered), (.decline, .accepted): return .success(.declined)
        }
    }

    /// How many days before a placement starts its student and parents are reminded.
    public static let reminderDays = 7

    /// Whether a confirmed placement starting on `firstDay` is due its reminder today: it starts
    /// within the coming week, and not today (a reminder on the day is too late to help).
    public static func isDueReminder(firstDay: CalendarDate, today: CalendarDate) -> Bool {
        today < firstDay && firstDay <= today.adding(days: reminderDays)
    }

    /// Longest reason a provider may give for cancelling a placement.
    public static let maxCancelReasonLength = 300

    /// Whether a provider may call off a placement in this state, or why not.
    public static func cancellation(state: OfferState, lastDay: CalendarDate?, today: CalendarDate) -> OfferRefusal? {
        guard state == .confirmed else {
            switch state {
            case .cancelled: return OfferRefusal("This placement is already cancelled")
            case .completed: return OfferRefusal("This placement has already ended")
            default: return OfferRefusal("Only a confirmed placement can be cancelled")
            }
        }
        if let lastDay, lastDay < today { return OfferRefusal("This placement has already ended") }
        return nil
    }

    /// Days after the answer deadline a parent or carer has to consent to an accepted offer.
    public static let consentDays = 7

    /// The last day to consent: a week after the answer deadline, and never later than the day
    /// before the placement starts (a provider needs to know who is coming).
    public static func consentDeadline(answerBy deadline: CalendarDate, firstDay: CalendarDate?) -> CalendarDate {
        let week = deadline.adding(days: consentDays)
        guard let firstDay else { return week }
        return min(week, firstDay.adding(days: -1))
    }

    /// Whether an accepted offer is still waiting for consent after its last day to consent: it
    /// lapses, and its place goes back.
    public static func hasConsentLapsed(state: OfferState, consentBy: CalendarDate, today: CalendarDate) -> Bool {
        state == .accepted && today > consentBy
    }

    /// Whether an offer still waiting for an answer has passed its deadline (the end of that day).
    public static func hasLapsed(state: OfferState, deadline: CalendarDate, today: CalendarDate) -> Bool {
        state == .offered && today > deadline
    }
}

/// Why an answer or a consent cannot be taken, in words for the person who tried.
public struct OfferRefusal: Error, Hashable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
