import Testing
import WexchangeCohort
import WexchangeCore

@Suite struct CohortPlanTests {
    let today = CohortFixtures.today
    let header = "upn,legal_surname,legal_forename,dob,year,sen_provision"

    func file(_ rows: [String]) throws -> CohortFile {
        try CohortCSVReader.read(([header] + rows).joined(separator: "\n"), today: today)
    }

    func stored(_ file: CohortFile) -> [CohortPlan.Stored] {
        file.rows.enumerated().map { CohortPlan.Stored(id: "id\($0.offset)", record: $0.element.record) }
    }

    @Test func theSameFileTwiceChangesNothing() throws {
        let first = try file(["\(CohortFixtures.upn(1)),A,B,2011-01-01,10,N", "\(CohortFixtures.upn(2)),C,D,2012-01-01,9,K"])
        let plan = CohortPlan(file: first, stored: stored(first), full: true)
        #expect(plan.new.isEmpty && plan.updated.isEmpty && plan.left.isEmpty)
        #expect(plan.unchanged == 2 && !plan.changesSomething)
    }

    @Test func aChangedFileUpdatesByUPNAndKeepsFieldsTheFileDoesNotCarry() throws {
        let before = try file(["\(CohortFixtures.upn(1)),A,B,2011-01-01,10,N"])
        var existing = stored(before)
        var record = existing[0].record
        record.interests = TaxonomySet([.digital])
        record.travelKm = 15
        existing[0] = CohortPlan.Stored(id: "id0", record: record)
        let after = try file(["\(CohortFixtures.upn(1)),A,B,2011-01-01,11,E", "\(CohortFixtures.upn(2)),New,Kid,2012-01-01,9,N"])
        let plan = CohortPlan(file: after, stored: existing, full: false)
        #expect(plan.new.map(\.upn.value) == [CohortFixtures.upn(2)])
        #expect(plan.updated.count == 1)
        #expect(
            plan.updated[0].changes.map { "\($0.what): \($0.before) → \($0.after)" } == [
                "Year group: Year 10 → Year 11", "SEN provision: No special educational needs → Education, health and care plan",
            ])
        #expect(Array(plan.updated[0].record.interests) == [.digital] && plan.updated[0].record.travelKm == 15)
    }

    /// `full` marks absent students of the file's year groups as left, and no one else.
    @Test func fullMarksAbsentStudentsOfTheFilesYearsAsLeft() throws {
        let roll = try file([
            "\(CohortFixtures.upn(1)),A,B,2011-01-01,10,N", "\(CohortFixtures.upn(2)),C,D,2011-01-01,10,N",
            "\(CohortFixtures.upn(3)),E,F,2013-01-01,8,N",
        ])
        let yearTen = try file(["\(CohortFixtures.upn(1)),A,B,2011-01-01,10,N"])
        let plan = CohortPlan(file: yearTen, stored: stored(roll), full: true)
        #expect(plan.left.map(\.record.upn.value) == [CohortFixtures.upn(2)])
        #expect(plan.left[0].record.hasLeft)
        #expect(CohortPlan(file: yearTen, stored: stored(roll), full: false).left.isEmpty)
    }

    @Test func aStudentWhoLeftAndIsInTheFileAgainReturns() throws {
        let roll = try file(["\(CohortFixtures.upn(1)),A,B,2011-01-01,10,N"])
        var existing = stored(roll)
        var record = existing[0].record
        record.hasLeft = true
        existing[0] = CohortPlan.Stored(id: "id0", record: record)
        let plan = CohortPlan(file: roll, stored: existing, full: false)
        #expect(plan.updated.first?.changes.map(\.after) == ["On roll"])
        #expect(plan.updated.first?.record.hasLeft == false)
    }
}
