import Foundation
import WexchangeGeo

/// The domain rules a listing must satisfy wherever it comes from (web form, API, feed, CSV).
/// Every rule reports a `FieldError` naming the field as the API spells it, and all problems
/// are reported together.
public enum OpportunityRules {
    public static let maxTitleLength = 120
    public static let maxSummaryLength = 280
    public static let maxDescriptionLength = 10_000
    public static let maxCapacity = 1_000
    public static let maxDays = 100
    public static let maxHoursPerDay = 12.0
    public static let maxSessions = 100
    public static let maxOutcomes = 10
    public static let maxOutcomeLength = 300
    public static let maxExternalIdLength = 100

    /// Validates `input`; in-person and hybrid listings are geocoded with `gazetteer`.
    public static func validate(_ input: OpportunityInput, gazetteer: Gazetteer) -> Result<OpportunityDetails, ValidationFailure> {
        var errors: [FieldError] = []

        let title = text(input.title, field: "title", required: true, max: maxTitleLength, into: &errors)
        let summary = text(input.summary, field: "summary", required: true, max: maxSummaryLength, into: &errors)
        let description = text(input.description, field: "description", required: false, max: maxDescriptionLength, into: &errors)
        let externalId = text(input.externalId, field: "external_id", required: false, max: maxExternalIdLength, into: &errors)
        if let externalId, externalId.contains(where: { $0.isNewline || $0 == "\t" }) {
            errors.append(FieldError("external_id", "must be on one line"))
        }

        let type = value(OpportunityType.self, input.type, field: "type", into: &errors)
        let mode = value(DeliveryMode.self, input.mode, field: "mode", into: &errors)
        let sector = value(Sector.self, input.sector, field: "sector", into: &errors)
        let stage = value(Stage.self, input.stage, field: "stage", into: &errors)
        var status = input.status == nil ? .published : value(OpportunityStatus.self, input.status, field: "status", into: &errors)
        if let asked = status, !OpportunityStatus.requestable.contains(asked) {
            errors.append(
                FieldError(
                    "status",
                    "'\(asked.rawValue)' is set by moderation; ask for one of: "
                        + OpportunityStatus.requestable.map(\.rawValue).joined(separator: ", ")))
            status = nil
        }

        let years = Array(Set(input.years ?? [])).sorted()
        if years.isEmpty {
            errors.append(FieldError("years", "choose at least one year group from 7 to 13"))
        } else if let bad = years.first(where: { !YearGroup.range.contains($0) }) {
            errors.append(FieldError("years", "\(bad) is outside Years 7–13"))
        } else if type == .tLevelPlacement, years.contains(where: { !YearGroup.keyStage5.contains($0) }) {
            errors.append(FieldError("years", "a T Level industry placement is for Years 12–13 only"))
        }

        if type == .virtualWorkExperience, let mode, mode != .virtual {
            errors.append(FieldError("mode", "virtual work experience must be delivered virtually"))
        }
        if type == .hybridPlacement, let mode, mode != .hybrid {
            errors.append(FieldError("mode", "a hybrid placement must be delivered in hybrid mode"))
        }

        let location = location(input, mode: mode, gazetteer: gazetteer, into: &errors)

        let capacity = input.capacity ?? 0
        if input.capacity == nil {
            errors.append(FieldError("capacity", "is required: the number of places (at least 1)"))
        } else if !(1...maxCapacity).contains(capacity) {
            errors.append(FieldError("capacity", "must be between 1 and \(maxCapacity) places, not \(capacity)"))
        }
        let hoursPerDay = input.hoursPerDay ?? 0
        if !(hoursPerDay > 0 && hoursPerDay <= maxHoursPerDay) {
            errors.append(FieldError("hours_per_day", "must be more than 0 and at most \(Int(maxHoursPerDay)) hours"))
        }
        let days = input.days ?? 0
        if !(1...maxDays).contains(days) {
            errors.append(FieldError("days", "must be between 1 and \(maxDays) days"))
        }

        let schedule = schedule(input, into: &errors)
        var deadline: CalendarDate?
        if let text = input.applicationDeadline, !text.isEmpty {
            deadline = CalendarDate(iso: text)
            if deadline == nil {
                errors.append(FieldError("application_deadline", "'\(text)' is not a date (use YYYY-MM-DD)"))
            } else if let deadline, let first = schedule?.firstDay, deadline > first {
                errors.append(FieldError("application_deadline", "must be on or before the first day (\(first))"))
            }
        }

        let subjects = values(Subject.self, input.subjects, field: "subjects", into: &errors)
        let skills = values(Skill.self, input.skills, field: "skills", into: &errors)
        let adjustments = values(SendAdjustment.self, input.sendAdjustments, field: "send_adjustments", into: &errors)
        let sendOther = text(input.sendOther, field: "send_other", required: false, max: 500, into: &errors)
        if adjustments.contains(.other), sendOther == nil {
            errors.append(FieldError("send_other", "describe the other adjustment offered"))
        }
        if sendOther != nil, !adjustments.contains(.other) {
            errors.append(FieldError("send_adjustments", "include 'other' when describing another adjustment in send_other"))
        }

        let howToApply = text(input.howToApply, field: "how_to_apply", required: false, max: 1_000, into: &errors)
        let dailyTimes = text(input.dailyTimes, field: "daily_times", required: false, max: 200, into: &errors)
        let whatToBring = text(input.whatToBring, field: "what_to_bring", required: false, max: 1_000, into: &errors)
        let travelNotes = text(input.travelNotes, field: "travel_notes", required: false, max: 1_000, into: &errors)

        let outcomes = (input.outcomes ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        if outcomes.count > maxOutcomes {
            errors.append(FieldError("outcomes", "at most \(maxOutcomes) intended outcomes"))
        }
        if outcomes.contains(where: { $0.count > maxOutcomeLength }) {
            errors.append(FieldError("outcomes", "each outcome must be at most \(maxOutcomeLength) characters"))
        }

        let privateHome = input.privateHome ?? false
        if privateHome, status == .published, mode?.hasPlace == true {
            errors.append(FieldError("private_home", "an opportunity in a private home can never be published for in-person attendance"))
        }

        guard errors.isEmpty, let title, let summary, let type, let mode, let sector, let stage, let status, let schedule else {
            return .failure(ValidationFailure(errors))
        }
        return .success(
            OpportunityDetails(
                externalId: externalId, title: title, summary: summary, description: description ?? "",
                type: type, mode: mode, sector: sector, stage: stage, years: years, location: location,
                capacity: capacity, hoursPerDay: hoursPerDay, days: days, schedule: schedule,
                applicationDeadline: deadline, subjects: subjects, outcomes: outcomes, skills: skills,
                sendAdjustments: adjustments, sendOther: sendOther, howToApply: howToApply, dailyTimes: dailyTimes,
                whatToBring: whatToBring, travelNotes: travelNotes,
                supervisorDbsChecked: input.supervisorDbsChecked ?? false, privateHome: privateHome, status: status))
    }

    // MARK: - Field helpers

    private static func text(_ raw: String?, field: String, required: Bool, max: Int, into errors: inout [FieldError]) -> String? {
        let trimmed = raw?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty {
            if required { errors.append(FieldError(field, "is required")) }
            return nil
        }
        if trimmed.count > max {
            errors.append(FieldError(field, "must be at most \(max) characters (it has \(trimmed.count))"))
        }
        return trimmed
    }

    private static func value<T: Taxonomy>(_: T.Type, _ raw: String?, field: String, into errors: inout [FieldError]) -> T? {
        guard let raw, !raw.isEmpty else {
            errors.append(FieldError(field, "is required; one of: \(T.allowedValues)"))
            return nil
        }
        guard let value = T(rawValue: raw) else {
            errors.append(FieldError(field, "'\(raw)' is not allowed; one of: \(T.allowedValues)"))
            return nil
        }
        return value
    }

    private static func values<T: Taxonomy>(_: T.Type, _ raw: [String]?, field: String, into errors: inout [FieldError]) -> [T] {
        var found: [T] = []
        for item in raw ?? [] {
            if let value = T(rawValue: item) {
                if !found.contains(value) { found.append(value) }
            } else {
                errors.append(FieldError(field, "'\(item)' is not allowed; one of: \(T.allowedValues)"))
            }
        }
        return found
    }

    private static func location(
        _ input: OpportunityInput, mode: DeliveryMode?, gazetteer: Gazetteer,
        into errors: inout [FieldError]
    ) -> OpportunityDetails.Location? {
        let address = input.address?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let postcode = input.postcode?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard let mode else { return nil }
        if mode == .virtual {
            if !address.isEmpty { errors.append(FieldError("address", "a virtual opportunity has no address")) }
            if !postcode.isEmpty { errors.append(FieldError("postcode", "a virtual opportunity has no postcode")) }
            return nil
        }
        if address.isEmpty { errors.append(FieldError("address", "is required unless the opportunity is virtual")) }
        if address.count > 300 { errors.append(FieldError("address", "must be at most 300 characters")) }
        guard !postcode.isEmpty else {
            errors.append(FieldError("postcode", "is required unless the opportunity is virtual"))
            return nil
        }
        switch gazetteer.geocode(postcode) {
        case .failure(let error):
            errors.append(FieldError("postcode", error.description))
            return nil
        case .success(let place) where place.postcode.precision != .full:
            errors.append(FieldError("postcode", "'\(postcode)' is only part of a postcode; give the full postcode of the workplace"))
            return nil
        case .success(let place):
            return .init(
                address: address, postcode: place.postcode.description, coordinate: place.coordinate,
                localAuthorityCode: place.localAuthorityCode)
        }
    }

    private static func schedule(_ input: OpportunityInput, into errors: inout [FieldError]) -> Schedule? {
        let sessions = input.sessions ?? [], weeks = input.weeks ?? []
        switch (sessions.isEmpty, weeks.isEmpty) {
        case (true, true):
            errors.append(FieldError("sessions", "give fixed sessions (start and end dates) or the weeks you can host"))
            return nil
        case (false, false):
            errors.append(FieldError("weeks", "give either fixed sessions or flexible weeks, not both"))
            return nil
        case (false, true):
            guard sessions.count <= maxSessions else {
                errors.append(FieldError("sessions", "at most \(maxSessions) sessions"))
                return nil
            }
            var ranges: [DateRange] = []
            for (index, session) in sessions.enumerated() {
                let field = "sessions[\(index)]"
                guard let start = session.start.flatMap(CalendarDate.init(iso:)) else {
                    errors.append(FieldError("\(field).start", "'\(session.start ?? "")' is not a date (use YYYY-MM-DD)"))
                    continue
                }
                guard let end = session.end.flatMap(CalendarDate.init(iso:)) else {
                    errors.append(FieldError("\(field).end", "'\(session.end ?? "")' is not a date (use YYYY-MM-DD)"))
                    continue
                }
                if end < start {
                    errors.append(FieldError("\(field).end", "ends (\(end)) before it starts (\(start))"))
                    continue
                }
                ranges.append(DateRange(start: start, end: end))
            }
            return ranges.count == sessions.count ? .fixed(ranges.sorted { $0.start < $1.start }) : nil
        case (true, false):
            var parsed: [IsoWeek] = []
            for text in weeks {
                guard let week = IsoWeek(iso: text) else {
                    errors.append(FieldError("weeks", "'\(text)' is not an ISO week (use YYYY-Www, e.g. 2027-W27)"))
                    continue
                }
                if !parsed.contains(week) { parsed.append(week) }
            }
            if parsed.count > 104 { errors.append(FieldError("weeks", "at most 104 weeks")) }
            // Bad weeks are already reported; the caller rejects the whole input then.
            return .flexible(parsed.sorted())
        }
    }
}
