import Foundation

/// One field of a listing as providers send it: its name (the same in JSON, CSV, forms and
/// errors), its format, whether it is required, and how a person reads it. `all` is the one list
/// the CSV columns, the listing form's parsing, the OpenAPI input schema and moderators' "what
/// changed" all derive from (README, "Adding a field to opportunities").
public struct OpportunityField: Sendable {
    public enum Requirement: Sendable, Equatable {
        case required
        /// Required unless the listing is virtual (address and postcode).
        case requiredInPerson
        case optional
    }

    public let name: String
    public let format: FieldFormat
    public let requirement: Requirement
    /// How a person reads it ("Places", "Apply by").
    public let label: String
    /// For a field of closed values, each value's label ("work_placement" → "Work placement").
    public private(set) var choiceLabels: [String: String] = [:]
    private let read: @Sendable (OpportunityInput) -> FieldValue?
    private let write: @Sendable (inout OpportunityInput, FieldValue?) -> Void

    public func value(of input: OpportunityInput) -> FieldValue? { read(input) }
    public func set(_ value: FieldValue?, in input: inout OpportunityInput) { write(&input, value) }

    /// The field as text (a CSV cell, a line of "what changed"); nil when it has no value.
    public func text(of input: OpportunityInput) -> String? { value(of: input).map(format.text) }

    public static func named(_ name: String) -> OpportunityField? { all.first { $0.name == name } }
}

extension OpportunityField {
    /// A field stored at `path`: `wrap` makes its `FieldValue`, `unwrap` reads one back (nil for
    /// a value of another kind, which clears the field).
    private init<Value: Sendable>(
        _ name: String, _ format: FieldFormat, _ requirement: Requirement, _ label: String,
        _ path: WritableKeyPath<OpportunityInput, Value?> & Sendable,
        wrap: @escaping @Sendable (Value) -> FieldValue, unwrap: @escaping @Sendable (FieldValue) -> Value?
    ) {
        self.init(
            name: name, format: format, requirement: requirement, label: label,
            read: { $0[keyPath: path].map(wrap) },
            write: { input, value in input[keyPath: path] = value.flatMap(unwrap) })
    }

    init(
        _ name: String, _ format: FieldFormat, _ r: Requirement, _ label: String,
        _ path: WritableKeyPath<OpportunityInput, String?> & Sendable
    ) {
        self.init(name, format, r, label, path, wrap: FieldValue.text) { if case .text(let v) = $0 { v } else { nil } }
    }

    init(
        _ name: String, _ format: FieldFormat, _ r: Requirement, _ label: String,
        _ path: WritableKeyPath<OpportunityInput, [String]?> & Sendable
    ) {
        self.init(name, format, r, label, path, wrap: FieldValue.texts) { if case .texts(let v) = $0 { v } else { nil } }
    }

    init(
        _ name: String, _ format: FieldFormat, _ r: Requirement, _ label: String, _ path: WritableKeyPath<OpportunityInput, Int?> & Sendable
    ) {
        self.init(name, format, r, label, path, wrap: FieldValue.wholeNumber) { if case .wholeNumber(let v) = $0 { v } else { nil } }
    }

    init(
        _ name: String, _ format: FieldFormat, _ r: Requirement, _ label: String,
        _ path: WritableKeyPath<OpportunityInput, [Int]?> & Sendable
    ) {
        self.init(name, format, r, label, path, wrap: FieldValue.wholeNumbers) { if case .wholeNumbers(let v) = $0 { v } else { nil } }
    }

    /// One value of a taxonomy, read by its label.
    init<T: Taxonomy>(
        _ name: String, oneOf _: T.Type, _ r: Requirement, _ label: String, _ path: WritableKeyPath<OpportunityInput, String?> & Sendable
    ) {
        self.init(name, .choice(T.allCases.map(\.rawValue)), r, label, path)
        choiceLabels = Dictionary(uniqueKeysWithValues: T.allCases.map { ($0.rawValue, $0.label) })
    }

    /// Any values of a taxonomy, read by their labels.
    init<T: Taxonomy>(
        _ name: String, anyOf _: T.Type, _ r: Requirement, _ label: String, _ path: WritableKeyPath<OpportunityInput, [String]?> & Sendable
    ) {
        self.init(name, .choices(T.allCases.map(\.rawValue)), r, label, path)
        choiceLabels = Dictionary(uniqueKeysWithValues: T.allCases.map { ($0.rawValue, $0.label) })
    }

    /// A whole number is a number too ("7" hours a day).
    init(
        _ name: String, _ format: FieldFormat, _ r: Requirement, _ label: String,
        _ path: WritableKeyPath<OpportunityInput, Double?> & Sendable
    ) {
        self.init(name, format, r, label, path, wrap: FieldValue.number) { value in
            switch value {
            case .number(let x): x
            case .wholeNumber(let n): Double(n)
            default: nil
            }
        }
    }

    init(
        _ name: String, _ format: FieldFormat, _ r: Requirement, _ label: String,
        _ path: WritableKeyPath<OpportunityInput, Bool?> & Sendable
    ) {
        self.init(name, format, r, label, path, wrap: FieldValue.yesNo) { if case .yesNo(let v) = $0 { v } else { nil } }
    }

    init(
        _ name: String, _ format: FieldFormat, _ r: Requirement, _ label: String,
        _ path: WritableKeyPath<OpportunityInput, [OpportunityInput.Session]?> & Sendable
    ) {
        self.init(name, format, r, label, path, wrap: FieldValue.sessions) { if case .sessions(let v) = $0 { v } else { nil } }
    }

    /// Every field, in the order forms, CSV headers and the README list them.
    public static let all: [OpportunityField] = [
        .init("external_id", .line, .optional, "Your own reference", \.externalId),
        .init("title", .line, .required, "Title", \.title),
        .init("summary", .paragraph, .required, "Summary", \.summary),
        .init("description", .paragraph, .optional, "Description", \.description),
        .init("type", oneOf: OpportunityType.self, .required, "Type", \.type),
        .init("mode", oneOf: DeliveryMode.self, .required, "How it is delivered", \.mode),
        .init("sector", oneOf: Sector.self, .required, "Sector", \.sector),
        .init("stage", oneOf: Stage.self, .required, "Stage", \.stage),
        .init("years", .yearGroups, .required, "Year groups", \.years),
        .init("address", .line, .requiredInPerson, "Address", \.address),
        .init("postcode", .line, .requiredInPerson, "Postcode", \.postcode),
        .init("capacity", .wholeNumber, .required, "Places", \.capacity),
        .init("hours_per_day", .number, .required, "Hours a day", \.hoursPerDay),
        .init("days", .wholeNumber, .required, "Number of days", \.days),
        .init("sessions", .sessions, .optional, "Fixed dates", \.sessions),
        .init("weeks", .weeks, .optional, "Weeks you can host", \.weeks),
        .init("application_deadline", .date, .optional, "Apply by", \.applicationDeadline),
        .init("subjects", anyOf: Subject.self, .optional, "Curriculum subjects", \.subjects),
        .init("outcomes", .lines, .optional, "Intended outcomes", \.outcomes),
        .init("skills", anyOf: Skill.self, .optional, "Skills developed", \.skills),
        .init("send_adjustments", anyOf: SendAdjustment.self, .optional, "SEND adjustments", \.sendAdjustments),
        .init("send_other", .line, .optional, "Other adjustment", \.sendOther),
        .init("how_to_apply", .paragraph, .optional, "How schools arrange a place", \.howToApply),
        .init("daily_times", .line, .optional, "Start and finish times", \.dailyTimes),
        .init("what_to_bring", .paragraph, .optional, "What to wear or bring", \.whatToBring),
        .init("travel_notes", .paragraph, .optional, "Getting there", \.travelNotes),
        .init("supervisor_dbs_checked", .yesNo, .optional, "Supervisor has an enhanced DBS check", \.supervisorDbsChecked),
        .init("private_home", .yesNo, .optional, "Takes place in a private home", \.privateHome),
        .init("status", .choice(OpportunityStatus.requestable.map(\.rawValue)), .optional, "Status", \.status),
    ]
}
