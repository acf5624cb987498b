import Foundation

/// How a listing field is written as text (a CSV cell, a form value, a line of "what changed").
/// One format per kind of value, so every field of that kind reads and writes alike.
public enum FieldFormat: Sendable {
    /// One line of text.
    case line
    /// Text that may span lines.
    case paragraph
    /// One of these values.
    case choice([String])
    /// Any of these values (`a;b` in CSV).
    case choices([String])
    case wholeNumber
    case number
    /// Exactly `true` or `false`.
    case yesNo
    /// Year groups 7 to 13 (`10;11` in CSV).
    case yearGroups
    /// Fixed dates: `START/END` pairs (`2027-07-05/2027-07-09;2027-07-12/2027-07-16`); a single
    /// date is a one-day session.
    case sessions
    /// ISO weeks (`2027-W27;2027-W28`).
    case weeks
    case date
    /// Several lines of text (`;` in CSV, one per line in forms).
    case lines

    /// Reads a CSV cell (already known not to be empty).
    public func parse(_ text: String) -> Result<FieldValue, FieldParseError> {
        let parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        switch self {
        case .line, .paragraph, .choice, .date: return .success(.text(text))
        case .choices, .weeks, .lines: return .success(.texts(parts))
        case .wholeNumber:
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
                return .failure(.init("'\(text)' is not a whole number"))
            }
            return .success(.wholeNumber(value))
        case .number:
            guard let value = Double(text.trimmingCharacters(in: .whitespaces)) else { return .failure(.init("'\(text)' is not a number")) }
            return .success(.number(value))
        case .yesNo:
            guard let value = BooleanText.parse(text) else { return .failure(.init("'\(text)' is not \(BooleanText.allowed)")) }
            return .success(.yesNo(value))
        case .yearGroups:
            var years: [Int] = []
            for part in parts {
                guard let year = Int(part) else { return .failure(.init("'\(part)' is not a year group")) }
                years.append(year)
            }
            return .success(.wholeNumbers(years))
        case .sessions:
            return .success(
                .sessions(
                    parts.map { pair in
                        let dates = pair.split(separator: "/", maxSplits: 1).map(String.init)
                        return .init(start: dates.first, end: dates.count > 1 ? dates[1] : dates.first)
                    }))
        }
    }

    /// The value as a CSV cell (and as moderators see what changed).
    public func text(_ value: FieldValue) -> String {
        switch value {
        case .text(let text): text
        case .texts(let texts): texts.joined(separator: ";")
        case .wholeNumber(let number): String(number)
        case .wholeNumbers(let numbers): numbers.map(String.init).joined(separator: ";")
        case .number(let number): number == number.rounded() ? String(Int(number)) : String(number)
        case .yesNo(let flag): flag ? "true" : "false"
        case .sessions(let sessions):
            sessions.map { session in
                session.start == session.end || session.end == nil ? session.start ?? "" : "\(session.start ?? "")/\(session.end ?? "")"
            }.joined(separator: ";")
        }
    }
}

/// Why a CSV cell or form value could not be read as its field's format.
public struct FieldParseError: Error, Hashable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
