import Foundation

/// An iCalendar (RFC 5545) document of all-day events, as calendar apps subscribe to it. Every
/// text value is escaped (backslash, semicolon, comma, line breaks) and every line folded at 75
/// octets, so nothing a person typed can end a property or start a new one.
public enum ICalendar {
    public struct Event: Hashable, Sendable {
        /// Stable across fetches, so a calendar updates the event rather than adding another.
        public var uid: String
        public var start: CalendarDate
        /// The last day it runs (the document writes the day after, as RFC 5545 wants).
        public var end: CalendarDate
        public var summary: String
        public var location: String?
        public var description: String?
        public var url: String?

        public init(
            uid: String, start: CalendarDate, end: CalendarDate, summary: String, location: String? = nil, description: String? = nil,
            url: String? = nil
        ) {
            self.uid = uid
            self.start = start
            self.end = end
            self.summary = summary
            self.location = location
            self.description = description
            self.url = url
        }
    }

    /// The whole document, lines ending CRLF.
    public static func document(name: String, events: [Event], stamp: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Wexchange//Placements//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:\(text(name))",
        ]
        let stamped = timestamp(stamp)
        for event in events {
            lines += [
                "BEGIN:VEVENT", "UID:\(text(event.uid))", "DTSTAMP:\(stamped)", "DTSTART;VALUE=DATE:\(day(event.start))",
                "DTEND;VALUE=DATE:\(day(event.end.adding(days: 1)))", "SUMMARY:\(text(event.summary))",
            ]
            if let location = event.location { lines.append("LOCATION:\(text(location))") }
            if let description = event.description { lines.append("DESCRIPTION:\(text(description))") }
            // A URI value is not TEXT: it is not escaped, so only a well-formed web address goes in.
            if let url = event.url, url.hasPrefix("http"), !url.contains(where: { $0.isNewline || $0 == " " }) {
                lines.append("URL:\(url)")
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// A TEXT value: `\` `;` `,` escaped, every line break as `\n`, other control characters dropped.
    public static func text(_ value: String) -> String {
        var out = ""
        var previousWasReturn = false
        for scalar in value.unicodeScalars {
            defer { previousWasReturn = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasReturn { out += "\\n" }
            case "\u{2028}", "\u{2029}", "\u{85}": out += "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Splits a line into pieces of at most 75 octets, each after the first starting with a
    /// space, never inside a character.
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }

    private static func day(_ date: CalendarDate) -> String { date.description.replacingOccurrences(of: "-", with: "") }

    private static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let dayNumber = Int((Double(seconds) / 86_400).rounded(.down))
        let inDay = seconds - dayNumber * 86_400
        let time = [inDay / 3600, inDay % 3600 / 60, inDay % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined()
        return "\(day(CalendarDate(dayNumber: dayNumber)))T\(time)Z"
    }
}
