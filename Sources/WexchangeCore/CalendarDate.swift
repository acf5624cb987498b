import Foundation

/// A day in the calendar with no time or time zone ("2027-07-05"), as schools and providers
/// talk about dates. Ordered, and convertible to a day number for fast range checks.
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let dayNumber: Int

    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        dayNumber = Self.days(year: year, month: month, day: day)
    }

    /// Parses exactly `YYYY-MM-DD` (digits only), byte by byte: imports read hundreds of
    /// thousands of dates.
    public init?(iso text: String) {
        var text = text
        text.makeContiguousUTF8()  // a no-op for native strings
        let parts = text.utf8.withContiguousStorageIfAvailable { bytes -> (year: Int, month: Int, day: Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return (year, month, day)
        }
        guard let parts = parts ?? nil else { return nil }
        self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    /// The date in the UK at `instant`.
    public init(_ instant: Date) {
        let parts = Self.ukCalendar.dateComponents([.year, .month, .day], from: instant)
        dayNumber = Self.days(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// Built once: making a calendar and loading its time zone per call showed up in profiles.
    private static let ukCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London")!
        return calendar
    }()

    public var components: (year: Int, month: Int, day: Int) {
        // Civil-from-days (Howard Hinnant's algorithm).
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int { ((dayNumber % 7) + 7 + 3) % 7 + 1 }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// Whole years on this day of someone born on `birth`.
    public func age(bornOn birth: CalendarDate) -> Int {
        let (ty, tm, td) = components
        let (by, bm, bd) = birth.components
        return ty - by - ((tm, td) < (bm, bd) ? 1 : 0)
    }

    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// As GOV.UK writes a date: "14 May 2027".
    public var longText: String {
        let (year, month, day) = components
        return "\(day) \(Self.monthNames[month - 1]) \(year)"
    }

    public var description: String {
        // Hand-formatted: String(format:) is slow enough to show up in search profiles.
        let (y, m, d) = components
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = String(y)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-" + two(m) + "-" + two(d)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.dayNumber < rhs.dayNumber }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func days(year: Int, month: Int, day: Int) -> Int {
        // Days-from-civil (Howard Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// An inclusive run of days.
public struct DateRange: Hashable, Sendable, Codable {
    public var start: CalendarDate
    public var end: CalendarDate

    public init(start: CalendarDate, end: CalendarDate) {
        self.start = start
        self.end = end
    }

}

/// An ISO-8601 week ("2027-W27"): providers with flexible dates say which weeks they can host.
public struct IsoWeek: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let week: Int

    public init?(year: Int, week: Int) {
        guard (1900...2200).contains(year), (1...Self.weeksIn(year: year)).contains(week) else { return nil }
        self.year = year
        self.week = week
    }

    /// Parses `YYYY-Www`.
    public init?(iso text: String) {
        let parts = text.uppercased().split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 3, parts[1].first == "W",
            let year = Int(parts[0]), let week = Int(parts[1].dropFirst())
        else { return nil }
        self.init(year: year, week: week)
    }

    /// The Monday that starts the week.
    public var monday: CalendarDate {
        let jan4 = CalendarDate(year: year, month: 1, day: 4)!
        return jan4.adding(days: -(jan4.isoWeekday - 1) + (week - 1) * 7)
    }

    /// Monday to Friday: the days a school student could attend.
    public var schoolDays: DateRange { DateRange(start: monday, end: monday.adding(days: 4)) }

    /// The ISO week containing `date`.
    public init(containing date: CalendarDate) {
        let thursday = date.adding(days: 4 - date.isoWeekday)
        let year = thursday.components.year
        let jan4 = CalendarDate(year: year, month: 1, day: 4)!
        let firstMonday = jan4.adding(days: -(jan4.isoWeekday - 1))
        self.year = year
        self.week = (thursday.dayNumber - firstMonday.dayNumber) / 7 + 1
    }

    public var description: String { "\(year)-W\(week < 10 ? "0" : "")\(week)" }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.year, lhs.week) < (rhs.year, rhs.week) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let week = IsoWeek(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an ISO week: \(text)"))
        }
        self = week
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// 53 when 1 January is a Thursday, or a Wednesday in a leap year; else 52.
    static func weeksIn(year: Int) -> Int {
        let jan1 = CalendarDate(year: year, month: 1, day: 1)!.isoWeekday
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return jan1 == 4 || (leap && jan1 == 3) ? 53 : 52
    }
}

/// When an opportunity runs: fixed sessions with dates, or flexible weeks it can host.
public enum Schedule: Hashable, Sendable, Codable {
    case fixed([DateRange])
    case flexible([IsoWeek])

    enum CodingKeys: String, CodingKey { case sessions, weeks }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let weeks = try container.decodeIfPresent([IsoWeek].self, forKey: .weeks) {
            self = .flexible(weeks)
        } else {
            self = .fixed(try container.decode([DateRange].self, forKey: .sessions))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .fixed(let sessions): try container.encode(sessions, forKey: .sessions)
        case .flexible(let weeks): try container.encode(weeks, forKey: .weeks)
        }
    }

    /// The days a student could be there, earliest first.
    public var hostingRanges: [DateRange] {
        switch self {
        case .fixed(let sessions): sessions.sorted { $0.start < $1.start }
        case .flexible(let weeks): weeks.sorted().map(\.schoolDays)
        }
    }

    public var firstDay: CalendarDate? { hostingRanges.first?.start }
    public var lastDay: CalendarDate? { hostingRanges.map(\.end).max() }
}
