import Foundation
import WexchangeCore

/// One date style on every page, as GOV.UK writes dates: "14 May 2027"; ranges "5 to 9 July 2027",
/// "28 June to 2 July 2027"; moments "30 November 2026 at 7:29am", in UK time. Forms and the API
/// keep ISO dates.
enum DateStyle {
    static let months = CalendarDate.monthNames

    static func day(_ date: CalendarDate) -> String { date.longText }

    static func day(iso text: String) -> String {
        CalendarDate(iso: text).map(day) ?? text
    }

    static func range(_ range: DateRange) -> String {
        let (startYear, startMonth, startDay) = range.start.components
        let (endYear, endMonth, _) = range.end.components
        if range.start == range.end { return day(range.start) }
        if startYear != endYear { return "\(day(range.start)) to \(day(range.end))" }
        if startMonth != endMonth { return "\(startDay) \(months[startMonth - 1]) to \(day(range.end))" }
        return "\(startDay) to \(day(range.end))"
    }

    private static let ukCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London")!
        return calendar
    }()

    static func moment(_ instant: Date) -> String {
        let parts = ukCalendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        let hour = parts.hour ?? 0, minute = parts.minute ?? 0
        let clock = "\(hour % 12 == 0 ? 12 : hour % 12):\(String(format: "%02d", minute))\(hour < 12 ? "am" : "pm")"
        return "\(parts.day ?? 1) \(months[(parts.month ?? 1) - 1]) \(parts.year ?? 1970) at \(clock)"
    }
}
