import Testing
import WexchangeCore

@Suite struct StudentProgressTests {
    static func entry(
        _ type: OpportunityType, days: Double, year: Int, mode: DeliveryMode = .inPerson, meaningful: Bool = false
    ) -> JourneyEntry {
        var entry = JourneyEntry(
            type: type, providerName: "Tyne Engineering", mode: mode, start: CalendarDate(iso: "2026-07-06")!,
            end: CalendarDate(iso: "2026-07-10")!, days: days, yearGroup: year)
        if meaningful { entry.meaningful = TaxonomySet(MeaningfulCriterion.allCases) }
        return entry
    }

    @Test func aYearNineWithoutAWeekOfActivitiesIsBehindAndToldWhatRemains() {
        let progress = StudentProgress(
            year: 9, entries: [Self.entry(.careersTalk, days: 1, year: 8), Self.entry(.workplaceVisit, days: 1, year: 9)],
            policy: .statutory2025)
        let ks3 = progress.policy[0]
        #expect(ks3.have == 2 && ks3.state == .dueThisYear)
        #expect(ks3.stillNeeded == "3 more days of work experience activities by the end of Year 9")
        #expect(progress.policy[1].state == .notYetDue)
        #expect(progress.isAtRisk)
        #expect(progress.encounters == 2 && progress.encounterDays == 2 && progress.placementDays == 0)
    }

    /// Online activities add to the week but do not replace an in-person one.
    @Test func onlineActivitiesAloneDoNotMeetKeyStage3() {
        let online = StudentProgress(
            year: 9, entries: [Self.entry(.virtualWorkExperience, days: 5, year: 9, mode: .virtual)], policy: .statutory2025)
        #expect(online.policy[0].state == .dueThisYear)
        #expect(online.policy[0].stillNeeded == "One of them in person by the end of Year 9")
        let mixed = StudentProgress(
            year: 9,
            entries: [Self.entry(.virtualWorkExperience, days: 4, year: 9, mode: .virtual), Self.entry(.workplaceVisit, days: 1, year: 9)],
            policy: .statutory2025)
        #expect(mixed.policy[0].state == .met && !mixed.policy[0].isBehind)
    }

    @Test func keyStage4PlacementsCountOnlyPlacementsInYears10And11() {
        let entries = [
            Self.entry(.workplaceVisit, days: 1, year: 8), Self.entry(.careersTalk, days: 3, year: 10),
            Self.entry(.workPlacement, days: 5, year: 9),
        ]
        let progress = StudentProgress(year: 11, entries: entries, policy: .statutory2025)
        #expect(progress.policy[1].have == 0 && progress.policy[1].state == .dueThisYear)
        #expect(progress.policy[0].state == .met, "4 days + the Year 9 placement's 5 make the KS3 week")
        let done = StudentProgress(year: 11, entries: entries + [Self.entry(.workPlacement, days: 5, year: 10)], policy: .statutory2025)
        #expect(done.policy.allSatisfy { $0.state == .met })
    }

    @Test func aMissedMilestoneStaysMissed() {
        let progress = StudentProgress(year: 12, entries: [], policy: .statutory2025)
        #expect(progress.policy.map(\.state) == [.missed, .missed])
        #expect(progress.policy[0].stillNeeded == "Missed: a week (5 days) of work experience activities in Years 7 to 9")
        #expect(progress.benchmark6.map(\.state) == [.missed, .notYetDue])
    }

    @Test func benchmark6NeedsAllSevenCriteria() {
        var almost = Self.entry(.workPlacement, days: 5, year: 10)
        almost.meaningful = TaxonomySet(MeaningfulCriterion.allCases.dropLast())
        let notYet = StudentProgress(year: 11, entries: [almost], policy: .statutory2025)
        #expect(!notYet.meetsBenchmark6SoFar && notYet.benchmark6[0].state == .dueThisYear)
        let met = StudentProgress(
            year: 11, entries: [Self.entry(.workPlacement, days: 5, year: 10, meaningful: true)], policy: .statutory2025)
        #expect(met.meetsBenchmark6SoFar && !met.benchmark6.contains(where: \.isBehind))
        #expect(met.isAtRisk, "Key Stage 3's week was missed, whatever Benchmark 6 says")
        // In Year 12 the further experience is not due yet.
        let sixthForm = StudentProgress(
            year: 12, entries: [Self.entry(.workPlacement, days: 5, year: 10, meaningful: true)], policy: .statutory2025)
        #expect(sixthForm.meetsBenchmark6SoFar && sixthForm.benchmark6[1].state == .notYetDue)
    }

    @Test func theReportsPolicyWantsTwoWeeksAndAPlacementInEachKeyStage() {
        let entries = [
            Self.entry(.workPlacement, days: 5, year: 10, mode: .virtual),
            Self.entry(.virtualWorkExperience, days: 5, year: 12, mode: .virtual),
        ]
        let progress = StudentProgress(year: 13, entries: entries, policy: .report2023)
        #expect(progress.policy.map(\.state) == [.met, .met, .dueThisYear], "ten days, but none in person")
        #expect(progress.policy[2].stillNeeded == "One of them in person by the end of Year 13")
        let short = StudentProgress(year: 13, entries: [Self.entry(.workPlacement, days: 2.5, year: 12)], policy: .report2023)
        #expect(short.policy[2].stillNeeded == "7.5 more days of placements by the end of Year 13")
        #expect(short.policy[0].state == .missed)
    }

    @Test func daysReadAsPeopleSayThem() {
        #expect(DayCount.text(1) == "1 day" && DayCount.text(2) == "2 days" && DayCount.text(2.5) == "2.5 days")
    }
}

@Suite struct SmallNumbersTests {
    @Test func groupsOfFewerThanSixAreNotShown() {
        #expect(SmallNumbers.share(0, of: 0) == "z")
        #expect(SmallNumbers.share(5, of: 5) == "c" && SmallNumbers.share(0, of: 1) == "c")
        #expect(
            SmallNumbers.share(3, of: 6) == "50%" && SmallNumbers.share(2, of: 3_000) == "low" && SmallNumbers.share(0, of: 3_000) == "0%")
        #expect(SmallNumbers.fraction(5, of: 5) == nil && SmallNumbers.fraction(3, of: 6) == 0.5)
        #expect(
            SmallNumbers.count(0) == "0" && SmallNumbers.count(1) == "c" && SmallNumbers.count(5) == "c" && SmallNumbers.count(6) == "6")
    }
}
