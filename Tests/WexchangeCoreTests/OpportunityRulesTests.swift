import Testing
import WexchangeCore
import WexchangeGeo
import WexchangeTestSupport

@Suite struct OpportunityRulesTests {
    let gazetteer = Gazetteer.bundled

    func errors(_ change: (inout OpportunityInput) -> Void, base: OpportunityInput = .mock()) -> [FieldError] {
        var input = base
        change(&input)
        switch OpportunityRules.validate(input, gazetteer: gazetteer) {
        case .success: return []
        case .failure(let failure): return failure.errors
        }
    }

    func fields(_ change: (inout OpportunityInput) -> Void, base: OpportunityInput = .mock()) -> [String] {
        errors(change, base: base).map(\.field)
    }

    @Test func validInPersonListingIsGeocodedAndNormalised() throws {
        let details = try OpportunityRules.validate(.mock(postcode: "ne14st"), gazetteer: gazetteer).get()
        #expect(details.location?.postcode == "NE1 4ST")
        #expect(details.location?.localAuthorityCode == "E08000021")
        #expect(details.status == .published)
        #expect(details.schedule == .fixed([DateRange(start: CalendarDate(iso: "2027-07-05")!, end: CalendarDate(iso: "2027-07-09")!)]))
    }

    @Test func validVirtualListingHasNoLocation() throws {
        let details = try OpportunityRules.validate(.virtualMock(), gazetteer: gazetteer).get()
        #expect(details.location == nil)
    }

    @Test func requiredTextFields() {
        #expect(fields { $0.title = "  " } == ["title"])
        #expect(fields { $0.summary = nil } == ["summary"])
    }

    @Test func summaryIsAtMost280Characters() {
        #expect(fields { $0.summary = String(repeating: "a", count: 280) } == [])
        #expect(fields { $0.summary = String(repeating: "a", count: 281) } == ["summary"])
    }

    @Test func unknownVocabularyIsNamedWithTheAllowedValues() {
        let found = errors { $0.type = "apprenticeship" }
        #expect(found.map(\.field) == ["type"])
        #expect(found[0].message.contains("work_placement"))
        #expect(fields { $0.sector = "mining" } == ["sector"])
        #expect(fields { $0.stage = "x" } == ["stage"])
        #expect(fields { $0.mode = "carrier pigeon" }.contains("mode"))
        #expect(fields { $0.skills = ["juggling"] } == ["skills"])
        #expect(fields { $0.subjects = ["alchemy"] } == ["subjects"])
        #expect(fields { $0.status = "live" } == ["status"])
    }

    @Test func yearGroupsAreNonEmptyAndWithin7To13() {
        #expect(fields { $0.years = [] } == ["years"])
        #expect(fields { $0.years = nil } == ["years"])
        #expect(fields { $0.years = [6, 10] } == ["years"])
        #expect(fields { $0.years = [14] } == ["years"])
    }

    @Test func tLevelPlacementIsForYears12And13Only() {
        #expect(
            fields {
                $0.type = "t_level_placement"; $0.years = [12, 13]
            } == [])
        #expect(
            fields {
                $0.type = "t_level_placement"; $0.years = [11, 12]
            } == ["years"])
    }

    @Test func virtualListingHasNoAddress() {
        #expect(fields({ $0.address = "1 High Street" }, base: .virtualMock()) == ["address"])
        #expect(fields({ $0.postcode = "NE1 4ST" }, base: .virtualMock()) == ["postcode"])
    }

    @Test func inPersonListingNeedsAFullKnownPostcodeAndAddress() {
        #expect(fields { $0.address = nil } == ["address"])
        #expect(fields { $0.postcode = nil } == ["postcode"])
        #expect(fields { $0.postcode = "NE1" } == ["postcode"])
        let unknown = errors { $0.postcode = "ZZ99 9ZZ" }
        #expect(unknown.map(\.field) == ["postcode"])
        #expect(unknown[0].message.contains("ZZ99 9ZZ"))
        #expect(fields { $0.postcode = "banana" } == ["postcode"])
    }

    @Test func typeAndModeAgree() {
        #expect(fields { $0.type = "virtual_work_experience" } == ["mode"])
        #expect(fields { $0.type = "hybrid_placement" } == ["mode"])
    }

    @Test func capacityIsAtLeastOne() {
        #expect(fields { $0.capacity = 0 } == ["capacity"])
        #expect(fields { $0.capacity = -3 } == ["capacity"])
        #expect(fields { $0.capacity = nil } == ["capacity"])
        #expect(fields { $0.capacity = 1 } == [])
    }

    @Test func durationIsSensible() {
        #expect(fields { $0.hoursPerDay = 0 } == ["hours_per_day"])
        #expect(fields { $0.hoursPerDay = 13 } == ["hours_per_day"])
        #expect(fields { $0.days = 0 } == ["days"])
    }

    @Test func fixedSessionEndsOnOrAfterItStarts() {
        #expect(fields { $0.sessions = [.init(start: "2027-07-09", end: "2027-07-05")] } == ["sessions[0].end"])
        #expect(fields { $0.sessions = [.init(start: "2027-07-09", end: "2027-07-09")] } == [])
        #expect(fields { $0.sessions = [.init(start: "2027-13-01", end: "2027-07-09")] } == ["sessions[0].start"])
        #expect(fields { $0.sessions = [.init(start: "2027-02-29", end: "2027-03-01")] } == ["sessions[0].start"])
    }

    @Test func scheduleIsFixedOrFlexibleNotBothNorNeither() {
        #expect(fields { $0.sessions = nil } == ["sessions"])
        #expect(fields { $0.weeks = ["2027-W27"] } == ["weeks"])
        #expect(
            fields {
                $0.sessions = nil; $0.weeks = ["2027-W27", "2027-W28"]; $0.applicationDeadline = nil
            } == [])
        #expect(
            fields {
                $0.sessions = nil; $0.weeks = ["2027-W60"]
            }.contains("weeks"))
    }

    @Test func deadlineIsNotAfterTheFirstDay() {
        #expect(fields { $0.applicationDeadline = "2027-07-06" } == ["application_deadline"])
        #expect(fields { $0.applicationDeadline = "2027-07-05" } == [])
        #expect(fields { $0.applicationDeadline = "soon" } == ["application_deadline"])
    }

    @Test func privateHomeCanNeverBePublishedInPerson() {
        let found = errors { $0.privateHome = true }
        #expect(found.map(\.field) == ["private_home"])
        #expect(
            fields {
                $0.privateHome = true; $0.status = "draft"
            } == [])
        #expect(fields({ $0.privateHome = true }, base: .virtualMock()) == [])
    }

    @Test func otherSendAdjustmentNeedsADescription() {
        #expect(fields { $0.sendAdjustments = ["other"] } == ["send_other"])
        #expect(
            fields {
                $0.sendAdjustments = ["other"]; $0.sendOther = "Sign language interpreter"
            } == [])
        #expect(fields { $0.sendOther = "Lifts" } == ["send_adjustments"])
    }

    @Test func everyProblemIsReportedAtOnce() {
        let found = fields {
            $0.title = nil; $0.capacity = 0; $0.years = []
        }
        #expect(Set(found) == ["title", "capacity", "years"])
    }

    @Test func detailsRoundTripThroughInput() throws {
        let details = try OpportunityRules.validate(.mock(), gazetteer: gazetteer).get()
        let again = try OpportunityRules.validate(details.input, gazetteer: gazetteer).get()
        #expect(again == details)
    }
}
