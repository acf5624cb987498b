import Foundation
import Testing
import WexchangeCore

/// Who may ask a provider for a place, and the days the provider and the student answer by.
@Suite struct PlaceRequestRulesTests {
    let today = CalendarDate(iso: "2027-01-10")!

    func asking(
        year: Int = 10, years: [Int] = [10, 11], deadline: String? = nil, next: String? = "2027-07-05", last: String? = "2027-07-09",
        left: Int = 2
    ) -> PlaceRequestRules.Asking {
        PlaceRequestRules.Asking(
            studentYear: year, years: years, applicationDeadline: deadline.flatMap(CalendarDate.init(iso:)),
            nextStart: next.flatMap(CalendarDate.init(iso:)), lastDay: last.flatMap(CalendarDate.init(iso:)), placesLeft: left)
    }

    @Test func aStudentInTheRightYearAsksForAPlaceStillToCome() {
        #expect(PlaceRequestRules.refusal(asking(), today: today) == nil)
        // A listing with no dates (arranged with the school) may be asked for too.
        #expect(PlaceRequestRules.refusal(asking(next: nil, last: nil), today: today) == nil)
        // The deadline's own day still counts.
        #expect(PlaceRequestRules.refusal(asking(deadline: "2027-01-10"), today: today) == nil)
    }

    @Test func everyRefusalSaysWhyInPlainWords() {
        let cases: [(PlaceRequestRules.Asking, String)] = [
            (asking(year: 9), "This opportunity is for Year 10, 11, and the student is in Year 9"),
            (asking(deadline: "2027-01-09"), "Applications closed on 9 January 2027"),
            (asking(left: 0), "No places left: every place has been taken"),
            (asking(next: nil, last: "2027-01-09"), "This opportunity has finished"),
            (asking(next: nil, last: "2027-01-12"), "This opportunity has already started: no session is still to come"),
        ]
        for (asking, words) in cases {
            #expect(PlaceRequestRules.refusal(asking, today: today) == words)
        }
    }

    @Test func answerDaysComeBeforeTheNextSession() {
        let far = CalendarDate(iso: "2027-07-05")
        #expect(PlaceRequestRules.answerBy(today: today, nextStart: far).description == "2027-01-20")
        #expect(PlaceRequestRules.offerDeadline(today: today, nextStart: far).description == "2027-01-17")
        // A session five days away: both answer the day before it starts.
        let soon = CalendarDate(iso: "2027-01-15")
        #expect(PlaceRequestRules.answerBy(today: today, nextStart: soon).description == "2027-01-14")
        #expect(PlaceRequestRules.offerDeadline(today: today, nextStart: soon).description == "2027-01-14")
        // Tomorrow: answer today, never a day already gone.
        #expect(PlaceRequestRules.answerBy(today: today, nextStart: today.adding(days: 1)) == today)
        #expect(PlaceRequestRules.answerBy(today: today, nextStart: nil).description == "2027-01-20")
    }

    @Test func theNextSessionIsTheFirstNotYetStarted() {
        let sessions = ["2027-01-04", "2027-02-01", "2027-01-11"].map {
            DateRange(start: CalendarDate(iso: $0)!, end: CalendarDate(iso: $0)!.adding(days: 4))
        }
        #expect(PlaceRequestRules.nextStart(sessions, today: today)?.description == "2027-01-11")
        #expect(PlaceRequestRules.nextStart(sessions, today: CalendarDate(iso: "2027-02-01")!) == nil)
    }

    @Test func aRequestExpiresAfterItsDayOnlyWhileWaiting() {
        let day = CalendarDate(iso: "2027-01-20")!
        #expect(!PlaceRequestRules.hasExpired(state: .requested, answerBy: day, today: day))
        #expect(PlaceRequestRules.hasExpired(state: .requested, answerBy: day, today: day.adding(days: 1)))
        #expect(!PlaceRequestRules.hasExpired(state: .accepted, answerBy: day, today: day.adding(days: 1)))
    }

    @Test func notesAreTrimmedAndLimited() {
        #expect(PlaceRequestRules.message("  I like bridges \n") == .success("I like bridges"))
        #expect(PlaceRequestRules.message("   ") == .success(nil))
        #expect(PlaceRequestRules.message(nil) == .success(nil))
        #expect(PlaceRequestRules.message(String(repeating: "é", count: 600)) == .success(String(repeating: "é", count: 600)))
        #expect(
            PlaceRequestRules.message(String(repeating: "a", count: 601))
                == .failure(FieldError("message", "The note to the provider must be 600 characters or fewer (it has 601)")))
        #expect(
            PlaceRequestRules.reason(String(repeating: "a", count: 301))
                == .failure(FieldError("reason", "The reason must be 300 characters or fewer (it has 301)")))
    }
}
