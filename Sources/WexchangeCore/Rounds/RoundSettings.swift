import Foundation
import WexchangeMatching

/// The rules of one round, set when it is created and fixed once preferences open.
public struct RoundSettings: Hashable, Sendable {
    public var name: String
    /// Who goes first when an opportunity is over-subscribed; the lottery breaks the remaining ties.
    public var priority: [PriorityCriterion]
    /// How many opportunities a student may rank.
    public var preferenceLimit: Int
    /// Students rank from this day to `preferencesClose`, both included.
    public var preferencesOpen: CalendarDate
    public var preferencesClose: CalendarDate
    /// Students answer their offers by the end of this day.
    public var offerDeadline: CalendarDate

    /// The engine takes at most this many choices per student.
    public static let preferenceLimitRange = 1...AllocationStudent.maxPreferences
    public static let defaultPreferenceLimit = 10
    public static let nameLimit = 120

    public init(
        name: String, priority: [PriorityCriterion] = PriorityCriterion.defaultOrder, preferenceLimit: Int = defaultPreferenceLimit,
        preferencesOpen: CalendarDate, preferencesClose: CalendarDate, offerDeadline: CalendarDate
    ) {
        self.name = name
        self.priority = priority
        self.preferenceLimit = preferenceLimit
        self.preferencesOpen = preferencesOpen
        self.preferencesClose = preferencesClose
        self.offerDeadline = offerDeadline
    }

    /// Whether students may rank on `day`.
    public func preferencesAreOpen(on day: CalendarDate) -> Bool { preferencesOpen <= day && day <= preferencesClose }
}

/// A round's settings as someone sent them: text, checked by `RoundSettings.validate`.
public struct RoundInput: Sendable, Hashable, Codable {
    public var name: String?
    /// Criteria raw values, first first; nil means the default order.
    public var priority: [String]?
    public var preferenceLimit: Int?
    /// `YYYY-MM-DD`.
    public var preferencesOpen: String?
    public var preferencesClose: String?
    public var offerDeadline: String?

    public init(
        name: String? = nil, priority: [String]? = nil, preferenceLimit: Int? = nil, preferencesOpen: String? = nil,
        preferencesClose: String? = nil, offerDeadline: String? = nil
    ) {
        self.name = name
        self.priority = priority
        self.preferenceLimit = preferenceLimit
        self.preferencesOpen = preferencesOpen
        self.preferencesClose = preferencesClose
        self.offerDeadline = offerDeadline
    }

    enum CodingKeys: String, CodingKey {
        case name, priority
        case preferenceLimit = "preference_limit"
        case preferencesOpen = "preferences_open"
        case preferencesClose = "preferences_close"
        case offerDeadline = "offer_deadline"
    }
}

extension RoundSettings {
    /// The settings, or every problem with them at once (field names as the API spells them).
    /// `scope`, when known, refuses `local` first outside hub rounds: every student of a school
    /// round is local to it, and the national pool's places are online.
    public static func validate(
        _ input: RoundInput, scope: RoundScope? = nil, today: CalendarDate
    ) throws(ValidationFailure)
        -> RoundSettings
    {
        var errors: [FieldError] = []
        let name = (input.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty {
            errors.append(FieldError("name", "Enter a name for the round"))
        } else if name.count > nameLimit {
            errors.append(FieldError("name", "The name must be \(nameLimit) characters or fewer"))
        }
        var priority = PriorityCriterion.defaultOrder
        if let given = input.priority {
            switch PriorityOrder.read(given, field: "priority") {
            case .success(let order): priority = order
            case .failure(let error): errors.append(error)
            }
        }
        if let scope, scope != .hub, priority.contains(.local) {
            errors.append(
                FieldError(
                    "priority",
                    scope == .school
                        ? "Students near the places can go first only in a hub round: every student of a school round is local"
                        : "Students near the places can go first only in a hub round: the national pool's places are online"))
        }
        let limit = input.preferenceLimit ?? defaultPreferenceLimit
        if !preferenceLimitRange.contains(limit) {
            errors.append(
                FieldError(
                    "preference_limit",
                    "Students may rank between \(preferenceLimitRange.lowerBound) and \(preferenceLimitRange.upperBound) opportunities"))
        }
        func date(_ text: String?, _ field: String, _ what: String) -> CalendarDate? {
            guard let text, !text.isEmpty else {
                errors.append(FieldError(field, "Enter the date \(what)"))
                return nil
            }
            guard let day = CalendarDate(iso: text) else {
                errors.append(FieldError(field, "The date \(what) must be a real date"))
                return nil
            }
            return day
        }
        let opens = date(input.preferencesOpen, "preferences_open", "preferences open")
        let closes = date(input.preferencesClose, "preferences_close", "preferences close")
        let deadline = date(input.offerDeadline, "offer_deadline", "students must answer their offers by")
        if let opens, opens < today {
            errors.append(FieldError("preferences_open", "The date preferences open must be today or later"))
        }
        if let opens, let closes, closes < opens {
            errors.append(FieldError("preferences_close", "Preferences must close on or after the day they open"))
        }
        if let closes, let deadline, deadline <= closes {
            errors.append(FieldError("offer_deadline", "The offer deadline must be after preferences close"))
        }
        guard errors.isEmpty, let opens, let closes, let deadline else { throw ValidationFailure(errors) }
        return RoundSettings(
            name: name, priority: priority, preferenceLimit: limit, preferencesOpen: opens, preferencesClose: closes,
            offerDeadline: deadline)
    }
}

/// A priority order as text: criteria raw values, each at most once.
public enum PriorityOrder {
    public static func read(_ values: [String], field: String) -> Result<[PriorityCriterion], FieldError> {
        var order: [PriorityCriterion] = []
        for value in values {
            guard let criterion = PriorityCriterion(rawValue: value) else {
                let known = PriorityCriterion.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(FieldError(field, "“\(value)” is not a priority; use \(known)"))
            }
            guard !order.contains(criterion) else {
                return .failure(FieldError(field, "“\(value)” is given more than once"))
            }
            order.append(criterion)
        }
        return .success(order)
    }

    /// As stored: raw values, `,`-separated.
    public static func text(_ order: [PriorityCriterion]) -> String { order.map(\.rawValue).joined(separator: ",") }

    public static func stored(_ text: String) -> [PriorityCriterion] {
        text.split(separator: ",").compactMap { PriorityCriterion(rawValue: String($0)) }
    }
}
