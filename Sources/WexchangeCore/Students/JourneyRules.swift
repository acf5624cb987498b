/// What school staff type to record an experience (a placement found through family, a
/// school-run activity), checked into a journey entry. Field names are the form's.
public struct JourneyEntryInput: Sendable {
    public var type: String?
    public var providerName: String?
    public var sector: String?
    public var mode: String?
    /// ISO dates (`DateInput.read` makes them from the form's boxes).
    public var start: String?
    public var end: String?
    public var days: String?
    public var hoursPerDay: String?
    public var meaningful: [String] = []

    public init() {}
}

public enum JourneyRules {
    /// The longest day a student's experience may have (HSE: no more than a standard eight-hour day).
    public static let maxHoursPerDay = 8.0
    public static let maxProviderNameLength = 200

    /// Checks `input` for a student now in `currentYear` (on `today`): every problem at once.
    public static func validate(
        _ input: JourneyEntryInput, currentYear: Int, today: CalendarDate
    ) -> Result<JourneyEntry, ValidationFailure> {
        var errors: [FieldError] = []
        func require<T>(_ field: String, _ value: T?, _ message: String) -> T? {
            if value == nil { errors.append(FieldError(field, message)) }
            return value
        }
        let type = require("type", input.type.flatMap(OpportunityType.init(rawValue:)), "Choose what kind of experience it was")
        let name = (input.providerName ?? "").trimmingWhitespace
        if name.isEmpty {
            errors.append(FieldError("provider_name", "Enter the name of the employer or organisation"))
        } else if name.count > maxProviderNameLength {
            errors.append(FieldError("provider_name", "Enter a name of at most \(maxProviderNameLength) characters"))
        }
        let sector: Sector? = (input.sector ?? "").isEmpty ? nil : Sector(rawValue: input.sector!)
        if !(input.sector ?? "").isEmpty, sector == nil { errors.append(FieldError("sector", "Choose a sector from the list")) }
        let mode = require("mode", input.mode.flatMap(DeliveryMode.init(rawValue:)), "Choose whether it was in person, online or both")
        let start = date("start", input.start, "started", &errors)
        let end = date("end", input.end, "ended", &errors)
        if let start, let end, end < start { errors.append(FieldError("end", "The end date must be the same as or after the start date")) }
        if let end, end > today {
            errors.append(FieldError("end", "The end date is in the future: record an experience once it has happened"))
        }
        let days = Double((input.days ?? "").trimmingWhitespace)
        if let days, days > 0, days * 2 == (days * 2).rounded() {
            if let start, let end, days > Double(end.dayNumber - start.dayNumber + 1) {
                errors.append(FieldError("days", "The number of days cannot be more than the days from start to end"))
            }
        } else {
            errors.append(FieldError("days", "Enter the number of days, for example 5 or 2.5"))
        }
        var hours: Double?
        if let text = input.hoursPerDay?.trimmingWhitespace, !text.isEmpty {
            hours = Double(text)
            if hours.map({ $0 <= 0 || $0 > maxHoursPerDay }) ?? true {
                errors.append(FieldError("hours_per_day", "Enter the hours in a day, from 0.5 to 8"))
            }
        }
        var criteria = TaxonomySet<MeaningfulCriterion>()
        for value in input.meaningful {
            guard let criterion = MeaningfulCriterion(rawValue: value) else {
                errors.append(FieldError("meaningful", "Choose from the criteria listed"))
                break
            }
            criteria.insert(criterion)
        }
        // The student's year group when it happened, counted back by academic years.
        var yearGroup: Int?
        if let start {
            let year = currentYear - (academicYear(today) - academicYear(start))
            if YearGroup.range.contains(year) {
                yearGroup = year
            } else {
                errors.append(FieldError("start", "The start date is before the student was in Year 7"))
            }
        }
        guard errors.isEmpty, let type, let mode, let start, let end, let days, let yearGroup else {
            return .failure(ValidationFailure(errors))
        }
        var entry = JourneyEntry(type: type, providerName: name, mode: mode, start: start, end: end, days: days, yearGroup: yearGroup)
        entry.sector = sector
        entry.hoursPerDay = hours
        entry.meaningful = criteria
        return .success(entry)
    }

    /// The school year a date falls in, named by the calendar year it starts (September).
    public static func academicYear(_ date: CalendarDate) -> Int {
        let (year, month, _) = date.components
        return month >= 9 ? year : year - 1
    }

    private static func date(_ field: String, _ text: String?, _ verb: String, _ errors: inout [FieldError]) -> CalendarDate? {
        guard let text, !text.isEmpty else {
            errors.append(FieldError(field, "Enter the date it \(verb)"))
            return nil
        }
        guard let date = CalendarDate(iso: text) else {
            errors.append(FieldError(field, "The date it \(verb) must be a real date, for example 6 7 2026"))
            return nil
        }
        return date
    }
}
