import Foundation
import WexchangeCore

/// A listing field's value as a person reads it, for moderators and "check your answers":
/// labels instead of codes ("Work placement", not `work_placement`), dates as "14 May 2027",
/// weeks as "week commencing", yes or no. CSV and the API keep their own formats.
enum ListingWords {
    static func text(_ field: OpportunityField, of input: OpportunityInput) -> String? {
        guard let value = field.value(of: input) else { return nil }
        let words = text(value, format: field.format, labels: field.choiceLabels)
        return words.isEmpty ? nil : words
    }

    static func text(_ value: FieldValue, format: FieldFormat, labels: [String: String]) -> String {
        switch (format, value) {
        case (.choice, .text(let code)): return labels[code] ?? code
        case (.choices, .texts(let codes)): return codes.map { labels[$0] ?? $0 }.joined(separator: ", ")
        case (.date, .text(let iso)): return DateStyle.day(iso: iso)
        case (.yesNo, .yesNo(let flag)): return flag ? "Yes" : "No"
        case (.yearGroups, .wholeNumbers(let years)):
            return years.count == 1 ? "Year \(years[0])" : "Years " + list(years.map(String.init))
        case (.weeks, .texts(let weeks)):
            return weeks.map { IsoWeek(iso: $0).map { "Week commencing \(DateStyle.day($0.monday))" } ?? $0 }.joined(separator: "\n")
        case (.sessions, .sessions(let sessions)):
            return sessions.map { session in
                guard let start = session.start.flatMap(CalendarDate.init(iso:)) else { return session.start ?? "" }
                let end = session.end.flatMap(CalendarDate.init(iso:)) ?? start
                return end < start ? "\(DateStyle.day(start)) to \(DateStyle.day(end))" : DateStyle.range(DateRange(start: start, end: end))
            }.joined(separator: "\n")
        case (.lines, .texts(let lines)): return lines.joined(separator: "\n")
        default: return format.text(value)
        }
    }

    /// "10, 11 and 12".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
}
