import Foundation
import Testing
@testable import WexchangeApp
import WexchangeCore

/// One date style on every page (design-system issue), as GOV.UK writes dates.
@Suite struct DateStyleTests {
    func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    @Test func daysAndRanges() {
        #expect(DateStyle.day(date("2027-05-14")) == "14 May 2027")
        #expect(DateStyle.day(iso: "2027-01-01") == "1 January 2027")
        #expect(DateStyle.day(iso: "not a date") == "not a date")
        #expect(DateStyle.range(DateRange(start: date("2027-07-05"), end: date("2027-07-09"))) == "5 to 9 July 2027")
        #expect(DateStyle.range(DateRange(start: date("2027-06-28"), end: date("2027-07-02"))) == "28 June to 2 July 2027")
        #expect(
            DateStyle.range(DateRange(start: date("2026-12-28"), end: date("2027-01-01"))) == "28 December 2026 to 1 January 2027")
        #expect(DateStyle.range(DateRange(start: date("2027-03-01"), end: date("2027-03-01"))) == "1 March 2027")
    }

    /// In UK time, winter and summer, with the 12-hour clock GOV.UK uses.
    @Test func momentsInUKTime() {
        let winter = ISO8601DateFormatter().date(from: "2026-11-30T07:29:00Z")!
        let summer = ISO8601DateFormatter().date(from: "2027-07-05T11:00:00Z")!
        let midnight = ISO8601DateFormatter().date(from: "2027-01-10T00:05:00Z")!
        #expect(DateStyle.moment(winter) == "30 November 2026 at 7:29am")
        #expect(DateStyle.moment(summer) == "5 July 2027 at 12:00pm")
        #expect(DateStyle.moment(midnight) == "10 January 2027 at 12:05am")
    }
}
