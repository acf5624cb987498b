import Foundation
import Testing
import WexchangeCore
import WexchangeGeo
import WexchangeTestSupport

/// Dates already over (design-system issue): refused when a change brings them, accepted when
/// the listing already had them.
@Suite struct PastDatesTests {
    static let today = CalendarDate(iso: "2027-01-10")!

    func details(_ change: (inout OpportunityInput) -> Void) throws -> OpportunityDetails {
        try OpportunityRules.validate(.mock("x", change), gazetteer: .bundled).get()
    }

    @Test func aSessionThatHasEndedIsRefusedAndOneEndingTodayIsNot() throws {
        let past = try details {
            $0.sessions = [.init(start: "2027-01-04", end: "2027-01-09"), .init(start: "2027-07-05", end: "2027-07-09")]
        }
        let errors = OpportunityRules.datesInThePast(past, today: Self.today, stored: nil)
        #expect(errors.map(\.field) == ["sessions"])
        #expect(errors.first?.message.contains("from 2027-01-04 to 2027-01-09 has already ended") == true)
        let endingToday = try details { $0.sessions = [.init(start: "2027-01-04", end: "2027-01-10")] }
        #expect(OpportunityRules.datesInThePast(endingToday, today: Self.today, stored: nil).isEmpty)
    }

    @Test func aWeekThatIsOverAndAPassedDeadlineAreRefused() throws {
        let listing = try details {
            $0.sessions = nil
            $0.weeks = ["2027-W01", "2027-W02", "2027-W27"]
            $0.applicationDeadline = "2027-01-03"
        }
        let errors = OpportunityRules.datesInThePast(listing, today: Self.today, stored: nil)
        // 2027-W01 runs 4 to 8 January (school days): over. 2027-W02 starts 11 January.
        #expect(errors.map(\.field) == ["weeks", "application_deadline"], "\(errors)")
    }

    @Test func whatTheListingAlreadyHadPasses() throws {
        let stored = try details {
            $0.sessions = [.init(start: "2026-11-02", end: "2026-11-06"), .init(start: "2027-07-05", end: "2027-07-09")]
            $0.applicationDeadline = "2026-10-01"
        }
        var edited = stored
        edited.title = "A new title"
        #expect(OpportunityRules.datesInThePast(edited, today: Self.today, stored: stored).isEmpty)
        let movedBack = try details {
            $0.sessions = [.init(start: "2026-11-02", end: "2026-11-06"), .init(start: "2026-12-07", end: "2026-12-11")]
            $0.applicationDeadline = "2026-10-01"
        }
        let errors = OpportunityRules.datesInThePast(movedBack, today: Self.today, stored: stored)
        #expect(errors.count == 1 && errors[0].message.contains("2026-12-07"), "\(errors)")
        let newDeadline = try details {
            $0.sessions = [.init(start: "2027-07-05", end: "2027-07-09")]
            $0.applicationDeadline = "2026-12-01"
        }
        #expect(OpportunityRules.datesInThePast(newDeadline, today: Self.today, stored: stored).map(\.field) == ["application_deadline"])
    }
}
