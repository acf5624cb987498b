import Foundation

extension OpportunityRules {
    /// Dates that are already over, checked against `today` on every path that writes a listing
    /// (form, API, feed, CSV): a session or week that has ended, or an "apply by" date that has
    /// passed. Only what the change brings is checked: what `stored` (the listing as it is now)
    /// already had passes, so a listing whose first session is behind it can still be edited,
    /// and a feed that sends it unchanged is not refused.
    public static func datesInThePast(_ details: OpportunityDetails, today: CalendarDate, stored: OpportunityDetails?) -> [FieldError] {
        var errors: [FieldError] = []
        switch details.schedule {
        case .fixed(let sessions):
            let before: Set<DateRange> = if case .fixed(let old)? = stored?.schedule { Set(old) } else { [] }
            for session in sessions where session.end < today && !before.contains(session) {
                errors.append(
                    FieldError(
                        "sessions", "the session from \(session.start) to \(session.end) has already ended; remove it or change its dates"))
            }
        case .flexible(let weeks):
            let before: Set<IsoWeek> = if case .flexible(let old)? = stored?.schedule { Set(old) } else { [] }
            for week in weeks where week.schoolDays.end < today && !before.contains(week) {
                errors.append(FieldError("weeks", "the week of \(week.schoolDays.start) is over; remove it"))
            }
        }
        if let deadline = details.applicationDeadline, deadline < today, deadline != stored?.applicationDeadline {
            errors.append(FieldError("application_deadline", "\(deadline) has passed; choose today or a later date"))
        }
        return errors
    }
}

extension OpportunityDetails {
    /// Its "apply by" date has passed: search hides it unless asked to include closed ones, and
    /// shows it marked "Applications closed" when it does.
    public func isClosedForApplications(today: CalendarDate) -> Bool {
        applicationDeadline.map { $0 < today } ?? false
    }

    /// Its last session or week has ended: it leaves search whatever is asked.
    public func hasEnded(today: CalendarDate) -> Bool {
        schedule.lastDay.map { $0 < today } ?? true
    }
}
