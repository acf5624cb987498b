import Foundation
import Testing
import WexchangeCore

/// A placement's days, what its provider may record, and the journey entry it becomes.
@Suite struct PlacementRulesTests {
    func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
    func range(_ start: String, _ end: String) -> DateRange { DateRange(start: day(start), end: day(end)) }

    @Test func daysLeaveOutWeekendsInsideAWeekButKeepAWeekendSession() {
        // Monday 5 July to Tuesday 13 July 2027 spans a weekend; Saturday 17 July is a session of its own.
        let days = PlacementRules.days(of: .fixed([range("2027-07-17", "2027-07-17"), range("2027-07-05", "2027-07-13")]))
        #expect(
            days.map(\.description) == [
                "2027-07-05", "2027-07-06", "2027-07-07", "2027-07-08", "2027-07-09", "2027-07-12", "2027-07-13", "2027-07-17",
            ])
        #expect(PlacementRules.days(of: .flexible([IsoWeek(iso: "2027-W27")!])).count == 5)
        #expect(PlacementRules.days(of: .fixed([])).isEmpty)
    }

    @Test func everyBadMarkIsNamedAndNothingIsKept() {
        let days = PlacementRules.days(of: .fixed([range("2027-07-05", "2027-07-09")]))
        let result = PlacementRules.check(
            attendance: ["2027-07-05": "late", "2027-07-12": "attended", "soon": "absent", "2027-07-08": "attended"],
            feedback: String(repeating: "é", count: 2001), delivered: ["employer_task", "reflection", ""], days: days,
            today: day("2027-07-07"))
        guard case .failure(let failure) = result else {
            Issue.record("accepted bad marks")
            return
        }
        #expect(
            failure.errors == [
                FieldError("day-2027-07-05", "Choose attended or absent for 5 July 2027"),
                FieldError("day-2027-07-08", "8 July 2027 has not happened yet: record it on the day or after"),
                FieldError("attendance", "“2027-07-12” is not a day of this placement"),
                FieldError("attendance", "“soon” is not a day of this placement"),
                FieldError("feedback", "Write at most 2000 characters (you wrote 2001)"),
                FieldError("delivered", "Choose what happened from the list"),
                FieldError("delivered", "Choose what happened from the list"),
            ])
    }

    @Test func feedbackWaitsForTheFirstDayAndIsTrimmed() {
        let days = PlacementRules.days(of: .fixed([range("2027-07-05", "2027-07-09")]))
        let early = PlacementRules.check(attendance: [:], feedback: "Great", delivered: [], days: days, today: day("2027-07-04"))
        #expect(early == .failure(ValidationFailure([FieldError("feedback", "Feedback can be written once the placement has started")])))
        let blank = PlacementRules.check(attendance: [:], feedback: "  \n ", delivered: [], days: days, today: day("2027-07-04"))
        #expect(blank == .success(PlacementRecord()))
        let good = PlacementRules.check(
            attendance: ["2027-07-05": " absent ", "2027-07-06": ""], feedback: "  Great questions \n", delivered: ["employer_task"],
            days: days, today: day("2027-07-06"))
        #expect(
            good
                == .success(
                    PlacementRecord(
                        attendance: [day("2027-07-05"): .absent], feedback: "Great questions", delivered: TaxonomySet([.employerTask]))))
    }

    @Test func onlyConfirmedOrFinishedPlacementsAreRecorded() {
        #expect(PlacementRules.recording(state: .confirmed) == nil)
        #expect(PlacementRules.recording(state: .completed) == nil)
        #expect(PlacementRules.recording(state: .cancelled)?.message == "This placement was cancelled: there is nothing to record")
        for state in [OfferState.pending, .offered, .accepted, .declined, .lapsed] {
            #expect(PlacementRules.recording(state: state)?.message == "Only a confirmed placement has attendance and feedback")
        }
        #expect(!PlacementRules.isFinished(lastDay: day("2027-07-09"), today: day("2027-07-09")))
        #expect(PlacementRules.isFinished(lastDay: day("2027-07-09"), today: day("2027-07-10")))
        #expect(!PlacementRules.isFinished(lastDay: nil, today: day("2027-07-10")))
    }

    @Test func storedAttendanceReadsBackAndSkipsWhatItCannotRead() {
        let record = PlacementRecord(attendance: [day("2027-07-06"): .absent, day("2027-07-05"): .attended])
        #expect(record.storedAttendance == "2027-07-05=attended;2027-07-06=absent")
        #expect(PlacementRecord.attendance(stored: record.storedAttendance) == record.attendance)
        #expect(
            PlacementRecord.attendance(stored: "2027-07-05=late;nonsense;2027-13-01=absent;2027-07-07=absent") == [
                day("2027-07-07"): .absent
            ])
        #expect(PlacementRecord.attendance(stored: nil).isEmpty)
    }

    @Test func theJourneyEntryCountsDaysNotMarkedAbsentAndTheMarksEarned() throws {
        var details = try StoredDetailsTests.details()
        details.schedule = .fixed([range("2027-07-05", "2027-07-09")])
        details.outcomes = ["Build a bridge model"]
        let record = PlacementRecord(
            attendance: [day("2027-07-06"): .absent], feedback: "Well done",
            delivered: TaxonomySet([.employerTask, .reflection]))
        let entry = try #require(PlacementRules.journeyEntry(details, providerName: "Tyne Engineering", record: record, yearGroup: 10))
        #expect(entry.start == day("2027-07-05") && entry.end == day("2027-07-09") && entry.days == 4)
        #expect(entry.providerName == "Tyne Engineering" && entry.yearGroup == 10 && entry.type == details.type)
        // The provider cannot tick the student's reflection for them.
        #expect(entry.meaningful == TaxonomySet([.employerTask, .learningOutcomes, .employerFeedback]))

        details.schedule = .fixed([])
        #expect(PlacementRules.journeyEntry(details, providerName: "X", record: record, yearGroup: 10) == nil)
    }

    @Test func aFlexibleListingsEntryTakesTheMarkedWeekOrItsFirstWeek() {
        let schedule = Schedule.flexible([IsoWeek(iso: "2027-W28")!, IsoWeek(iso: "2027-W27")!])
        let unmarked = PlacementRules.journeyDays(of: schedule, record: PlacementRecord(), listedDays: 3)
        #expect(unmarked.map(\.description) == ["2027-07-05", "2027-07-06", "2027-07-07"])
        let marked = PlacementRules.journeyDays(
            of: schedule, record: PlacementRecord(attendance: [day("2027-07-13"): .attended]), listedDays: 3)
        #expect(marked.map(\.description) == ["2027-07-12", "2027-07-13", "2027-07-14", "2027-07-15", "2027-07-16"])
    }
}
