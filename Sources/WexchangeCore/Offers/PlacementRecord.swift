import Foundation

/// Whether a student came on one day of their placement, as the provider records it.
public enum AttendanceMark: String, CaseIterable, Sendable, Codable {
    case attended, absent

    public var label: String {
        switch self {
        case .attended: "Attended"
        case .absent: "Absent"
        }
    }
}

/// The marks of a meaningful experience that only the provider can vouch for; the others come
/// from the listing (learning outcomes), the provider's feedback and the student's reflection.
public enum DeliveredCriteria {
    public static let all: [MeaningfulCriterion] = [.sharedPurpose, .twoWayInteraction, .rangeOfPeople, .employerTask]

    /// How the provider's tick box reads ("During the placement, the student …").
    public static func question(_ criterion: MeaningfulCriterion) -> String {
        switch criterion {
        case .sharedPurpose: "We agreed with the student what the placement was for"
        case .twoWayInteraction: "The student talked with our people, not only listened"
        case .rangeOfPeople: "The student met people in different jobs"
        case .employerTask: "We set the student a real task"
        default: criterion.label
        }
    }
}

/// What the provider records about a placement: each day's attendance, their feedback to the
/// student, and which marks of a meaningful experience they delivered.
public struct PlacementRecord: Hashable, Sendable {
    public var attendance: [CalendarDate: AttendanceMark]
    public var feedback: String?
    public var delivered: TaxonomySet<MeaningfulCriterion>

    public init(
        attendance: [CalendarDate: AttendanceMark] = [:], feedback: String? = nil,
        delivered: TaxonomySet<MeaningfulCriterion> = TaxonomySet()
    ) {
        self.attendance = attendance
        self.feedback = feedback
        self.delivered = delivered
    }

    /// The attendance as stored: `2027-07-05=attended;2027-07-06=absent`, earliest first.
    public var storedAttendance: String {
        attendance.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.rawValue)" }.joined(separator: ";")
    }

    /// Reads `storedAttendance` back; anything unreadable is left out rather than guessed.
    public static func attendance(stored: String?) -> [CalendarDate: AttendanceMark] {
        var marks: [CalendarDate: AttendanceMark] = [:]
        for pair in (stored ?? "").split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let day = CalendarDate(iso: String(parts[0])), let mark = AttendanceMark(rawValue: String(parts[1]))
            else { continue }
            marks[day] = mark
        }
        return marks
    }

    /// The days the student was there: every day of the placement not marked absent (providers
    /// record absences; a day left unmarked counts as attended, as the page says).
    public func daysAttended(of days: [CalendarDate]) -> Int {
        days.filter { attendance[$0] != .absent }.count
    }

    /// The marks of a meaningful experience this placement has so far: what the provider
    /// delivered, the listing's learning outcomes, and feedback once written. The student's
    /// reflection adds the last one on their journey entry.
    public func meaningful(listingHasOutcomes: Bool) -> TaxonomySet<MeaningfulCriterion> {
        var criteria = TaxonomySet<MeaningfulCriterion>(delivered.filter(DeliveredCriteria.all.contains))
        if listingHasOutcomes { criteria.insert(.learningOutcomes) }
        if feedback != nil { criteria.insert(.employerFeedback) }
        return criteria
    }
}

/// The rules of a placement's days and of what its provider records. Pure: the service applies
/// them inside one transaction. Field names are the forms' and the API's.
public enum PlacementRules {
    public static let maxFeedbackLength = 2000

    /// The days a student is expected: each day of each session, leaving out Saturdays and
    /// Sundays inside a session that also has weekdays (a session set on a weekend keeps its days).
    public static func days(of schedule: Schedule) -> [CalendarDate] {
        var days: Set<CalendarDate> = []
        for range in schedule.hostingRanges {
            let all = (0...max(0, range.end.dayNumber - range.start.dayNumber)).map { range.start.adding(days: $0) }
            let weekdays = all.filter { $0.isoWeekday <= 5 }
            days.formUnion(weekdays.isEmpty ? all : weekdays)
        }
        return days.sorted()
    }

    /// The form field that carries one day's mark.
    public static func field(_ day: CalendarDate) -> String { "day-\(day)" }

    /// Whether the placement is over, so it becomes a journey entry: its last day has passed.
    public static func isFinished(lastDay: CalendarDate?, today: CalendarDate) -> Bool {
        guard let lastDay else { return false }
        return today > lastDay
    }

    /// Checks what a provider sends: a mark for days of the placement that have come (by the day,
    /// as `YYYY-MM-DD`, with `attended`, `absent`, or empty to clear it), feedback once the
    /// placement has started, and delivered marks from the provider's list. Every problem at once.
    public static func check(
        attendance answers: [String: String], feedback: String?, delivered: [String], days: [CalendarDate], today: CalendarDate
    ) -> Result<PlacementRecord, ValidationFailure> {
        var errors: [FieldError] = []
        var record = PlacementRecord()
        for (key, answer) in answers.sorted(by: { $0.key < $1.key }) {
            let value = answer.trimmingWhitespace
            guard let day = CalendarDate(iso: key.trimmingWhitespace), days.contains(day) else {
                errors.append(FieldError("attendance", "“\(key)” is not a day of this placement"))
                continue
            }
            if value.isEmpty { continue }
            guard let mark = AttendanceMark(rawValue: value) else {
                errors.append(FieldError(field(day), "Choose attended or absent for \(day.longText)"))
                continue
            }
            guard day <= today else {
                errors.append(FieldError(field(day), "\(day.longText) has not happened yet: record it on the day or after"))
                continue
            }
            record.attendance[day] = mark
        }
        let text = (feedback ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty {
            if let first = days.first, today < first {
                errors.append(FieldError("feedback", "Feedback can be written once the placement has started"))
            } else if text.count > maxFeedbackLength {
                errors.append(FieldError("feedback", "Write at most \(maxFeedbackLength) characters (you wrote \(text.count))"))
            } else {
                record.feedback = text
            }
        }
        for value in delivered {
            guard let criterion = MeaningfulCriterion(rawValue: value), DeliveredCriteria.all.contains(criterion) else {
                errors.append(FieldError("delivered", "Choose what happened from the list"))
                continue
            }
            record.delivered.insert(criterion)
        }
        return errors.isEmpty ? .success(record) : .failure(ValidationFailure(errors))
    }

    /// Whether a provider may record anything on an offer in this state, or why not.
    public static func recording(state: OfferState) -> OfferRefusal? {
        switch state {
        case .confirmed, .completed: nil
        case .cancelled: OfferRefusal("This placement was cancelled: there is nothing to record")
        default: OfferRefusal("Only a confirmed placement has attendance and feedback")
        }
    }
}

extension PlacementRules {
    /// The days a finished placement's journey entry spans. A fixed listing's are its sessions'
    /// days. A flexible listing hosts in one of several weeks and the offer does not say which, so
    /// its days are those of the weeks the provider marked, or else the listing's number of days
    /// from its first week.
    public static func journeyDays(of schedule: Schedule, record: PlacementRecord, listedDays: Int) -> [CalendarDate] {
        let all = days(of: schedule)
        guard case .flexible(let weeks) = schedule else { return all }
        let marked = Set(record.attendance.keys.map { IsoWeek(containing: $0) })
        if !marked.isEmpty { return all.filter { marked.contains(IsoWeek(containing: $0)) } }
        guard let first = weeks.min() else { return [] }
        return Array(all.filter { IsoWeek(containing: $0) == first }.prefix(max(1, listedDays)))
    }

    /// The journey entry a finished placement becomes.
    public static func journeyEntry(
        _ details: OpportunityDetails, providerName: String, record: PlacementRecord, yearGroup: Int
    ) -> JourneyEntry? {
        let days = journeyDays(of: details.schedule, record: record, listedDays: details.days)
        guard let start = days.first, let end = days.last else { return nil }
        var entry = JourneyEntry(
            type: details.type, providerName: providerName, mode: details.mode, start: start, end: end,
            days: Double(record.daysAttended(of: days)), yearGroup: yearGroup)
        entry.sector = details.sector
        entry.stage = details.stage
        entry.hoursPerDay = details.hoursPerDay
        entry.meaningful = record.meaningful(listingHasOutcomes: !details.outcomes.isEmpty)
        return entry
    }
}
