import Foundation
import Testing
import WexchangeCore

/// The iCalendar document: escaped text, folded lines, all-day events that end the day after.
@Suite struct ICalendarTests {
    let stamp = Date(timeIntervalSince1970: 1_799_582_400)  // 2027-01-10 12:00:00 UTC

    @Test func textCannotEndAPropertyOrStartANewOne() {
        #expect(ICalendar.text(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(ICalendar.text("one\r\ntwo\nthree\rfour\u{2028}five") == #"one\ntwo\nthree\nfour\nfive"#)
        #expect(ICalendar.text("bell\u{7}tab\tnul\u{0}del\u{7F}") == "belltabnuldel")
        #expect(ICalendar.text("Café ☕️") == "Café ☕️")
        let hostile = ICalendar.text("Title\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:pwned")
        #expect(!hostile.contains("\r") && !hostile.contains("\n"))
    }

    @Test func longLinesFoldWithinSeventyFiveOctetsAndNeverInsideACharacter() {
        let line = "DESCRIPTION:" + String(repeating: "é", count: 100)
        let folded = ICalendar.fold(line)
        let pieces = folded.components(separatedBy: "\r\n")
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
        #expect(pieces.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(pieces.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
        #expect(ICalendar.fold("SUMMARY:short") == "SUMMARY:short")
    }

    @Test func aDocumentOfAllDayEvents() {
        let event = ICalendar.Event(
            uid: "abc-0@wexchange", start: CalendarDate(iso: "2027-07-05")!, end: CalendarDate(iso: "2027-07-09")!,
            summary: "Work experience: Fish, chips; more", location: "1 Grainger Street, Newcastle, NE1 4ST", description: "Bring: boots",
            url: "https://wex.test/offers/abc")
        let document = ICalendar.document(name: "Zofia's work experience", events: [event], stamp: stamp)
        let lines = document.components(separatedBy: "\r\n")
        #expect(document.hasSuffix("END:VCALENDAR\r\n"))
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.contains("VERSION:2.0"))
        #expect(lines.contains("X-WR-CALNAME:Zofia's work experience"))
        #expect(lines.contains("DTSTAMP:20270110T120000Z"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20270705") && lines.contains("DTEND;VALUE=DATE:20270710"))
        #expect(lines.contains(#"SUMMARY:Work experience: Fish\, chips\; more"#))
        #expect(lines.contains(#"LOCATION:1 Grainger Street\, Newcastle\, NE1 4ST"#))
        #expect(lines.contains("URL:https://wex.test/offers/abc"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1)
        // A web address that is not one stays out (URI values are not escaped).
        var bad = event
        bad.url = "javascript:alert(1)"
        #expect(!ICalendar.document(name: "x", events: [bad], stamp: stamp).contains("URL:"))
        #expect(
            ICalendar.document(name: "x", events: [], stamp: stamp).components(separatedBy: "\r\n").filter { $0 == "BEGIN:VEVENT" }.isEmpty)
    }
}
