import Testing
import WexchangeCore

@Suite struct CalendarTests {
    @Test func parsesAndPrintsIsoDates() {
        #expect(CalendarDate(iso: "2027-07-05")?.description == "2027-07-05")
        #expect(CalendarDate(iso: "1970-01-01")?.dayNumber == 0)
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        for bad in [
            "2023-02-29", "2027-7-5", "20270705", "2027-00-10", "yesterday", "2027-07-05T00:00", "2027-+7-05", "2027-07- 5", "２０２７-07-05",
            "2027/07/05", "", "2027-07-0x",
        ] {
            #expect(CalendarDate(iso: bad) == nil, "\(bad)")
        }
    }

    @Test func dayNumbersRoundTrip() {
        for day in stride(from: -1000, through: 30_000, by: 37) {
            let date = CalendarDate(dayNumber: day)
            #expect(CalendarDate(iso: date.description) == date)
        }
    }

    @Test func isoWeeks() throws {
        // 2027-W01 starts on Monday 4 January 2027; 2026 has 53 weeks (1 January 2026 is a Thursday).
        #expect(IsoWeek(iso: "2027-W01")?.monday.description == "2027-01-04")
        #expect(IsoWeek(iso: "2026-W53") != nil)
        #expect(IsoWeek(iso: "2027-W53") == nil)
        let week = try #require(IsoWeek(iso: "2027-W27"))
        #expect(week.schoolDays.start.description == "2027-07-05")
        #expect(week.schoolDays.end.description == "2027-07-09")
        #expect(IsoWeek(containing: CalendarDate(iso: "2027-07-08")!) == week)
        #expect(IsoWeek(containing: CalendarDate(iso: "2027-01-01")!).description == "2026-W53")
    }
}
