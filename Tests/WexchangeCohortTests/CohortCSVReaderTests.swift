import Testing
import WexchangeCohort
import WexchangeCore

@Suite struct CohortCSVReaderTests {
    let today = CohortFixtures.today

    @Test func readsTheDocumentedHeader() throws {
        let csv = """
            upn,legal_surname,legal_forename,preferred_forename,date_of_birth,year,postcode,fsm_ever6,pupil_premium,looked_after,sen_provision,access_needs,interests,subjects,travel_km,email
            \(CohortFixtures.upn(1)),Okafor,Chidera,Chi,2011-09-14,10,NE1 4ST,true,false,false,K,quiet_space;Flexible hours,digital,computing;maths,25,chi@example.org
            """
        let file = try CohortCSVReader.read(csv, today: today)
        #expect(file.format == .csv)
        #expect(file.rows.count == 1)
        let record = file.rows[0].record
        #expect(record.upn.value == CohortFixtures.upn(1))
        #expect(record.displayName == "Chi Okafor")
        #expect(record.dateOfBirth == CalendarDate(iso: "2011-09-14"))
        #expect(record.year == 10)
        #expect(record.postcode == "NE1 4ST")
        #expect(record.disadvantage.contains(.freeSchoolMeals) && !record.disadvantage.contains(.pupilPremium))
        #expect(record.sen == .senSupport)
        #expect(Array(record.accessNeeds) == [.quietSpace, .flexibleHours])
        #expect(Array(record.interests) == [.digital])
        #expect(record.travelKm == 25)
        #expect(record.email == "chi@example.org")
        #expect(file.given == Set(StudentField.allCases).subtracting([.preferredSurname]))
        #expect(file.rows[0].place == .line(2))
    }

    /// The column names SIMS-style exports write, UK dates, Y/N and extra columns we do not keep.
    @Test func acceptsMISColumnNamesAndListsTheColumnsItIgnores() throws {
        let csv = """
            UPN,Legal Surname,Forename,DOB,NC Year Actual,Gender,FSM Eligible,Pupil Premium,SEN Status,Postcode,Ethnicity
            \(CohortFixtures.upn(2)),Smith,Amy,03/02/2012,Year 9,F,N,Y,E,M1 1AE,WBRI
            \(CohortFixtures.upn(3)),Jones,Ben,2013-07-01,Y8,M,,,N,,
            """
        let file = try CohortCSVReader.read(csv, today: today)
        #expect(file.rows.map(\.record.year) == [9, 8])
        #expect(file.rows[0].record.dateOfBirth == CalendarDate(iso: "2012-02-03"))
        #expect(file.rows[0].record.disadvantage.contains(.pupilPremium))
        #expect(file.rows[0].record.sen == .ehcPlan)
        #expect(file.rows[1].record.isDisadvantaged == false && file.rows[1].record.postcode == nil)
        #expect(file.ignoredColumns == ["Gender", "Ethnicity"])
        #expect(!file.given.contains(.interests) && !file.given.contains(.travelKm))
    }

    @Test func everyBadRowIsListedWithItsLineUPNAndField() throws {
        let good = CohortFixtures.upn(4)
        let csv = """
            upn,legal_surname,legal_forename,date_of_birth,year,sen_provision,postcode,fsm_ever6,interests,travel_km,email
            A801200001001,Bad,Check,2011-01-01,10,N,,,,,
            \(good),Ok,Row,2011-01-01,10,N,,,,,
            \(CohortFixtures.upn(5)),Bad,Date,2011-02-30,10,N,,,,,
            \(CohortFixtures.upn(6)),Bad,Year,2011-01-01,R,N,,,,,
            \(CohortFixtures.upn(7)),Bad,SEN,2011-01-01,10,Q,,,,,
            \(CohortFixtures.upn(8)),Bad,Postcode,2011-01-01,10,N,ZZZ,,,,
            \(CohortFixtures.upn(9)),Bad,FSM,2011-01-01,10,N,,maybe,,,
            \(CohortFixtures.upn(10)),Bad,Interest,2011-01-01,10,N,,,knitting,,
            \(CohortFixtures.upn(11)),Bad,Travel,2011-01-01,10,N,,,,0,
            \(CohortFixtures.upn(12)),Bad,Email,2011-01-01,10,N,,,,,not-an-email
            \(CohortFixtures.upn(13)),,Nameless,2030-01-01,10,N,,,,,
            \(good),Twice,Over,2011-01-01,10,N,,,,,
            """
        let failure = try #require(throws: CohortFailure.self) { try CohortCSVReader.read(csv, today: today) }
        let found = failure.problems.map { "\($0.place) \($0.field ?? "")" }
        #expect(
            found == [
                "line 2 upn", "line 4 date_of_birth", "line 5 year", "line 6 sen_provision", "line 7 postcode",
                "line 8 fsm_ever6", "line 9 interests", "line 10 travel_km", "line 11 email", "line 12 legal_surname",
                "line 12 date_of_birth",
            ])
        #expect(failure.problems[0].upn == "A801200001001")
        #expect(failure.problems[3].message.contains("Q"))
        #expect(failure.problems[10].message.contains("future"))
        // Duplicates are found once the rows are read: a second failure after the rows are fixed.
        let fixed = csv.split(separator: "\n").enumerated().filter { [0, 2, 12].contains($0.offset) }.map(\.element)
            .joined(separator: "\n")
        let duplicate = try #require(throws: CohortFailure.self) { try CohortCSVReader.read(fixed, today: today) }
        #expect(duplicate.problems.map(\.description) == ["line 3: upn \(good) is also on line 2"])
    }

    @Test func headerProblemsAreListedBeforeAnyRow() throws {
        let failure = try #require(throws: CohortFailure.self) {
            try CohortCSVReader.read("UPN,Surname,Legal Surname,Year\nX,Y,Z,10", today: today)
        }
        let messages = failure.problems.map(\.description)
        #expect(messages.contains("line 1: Legal Surname and Surname are both the legal surname column: keep one"))
        #expect(messages.contains { $0.contains("legal_forename column is missing") })
        #expect(messages.contains { $0.contains("date_of_birth column is missing") })
        #expect(failure.problems.allSatisfy { $0.place == .line(1) })
    }

    @Test func aFileWithNoStudentsIsRefused() {
        #expect(throws: CohortFailure.self) { try CohortCSVReader.read("upn,legal_surname,legal_forename,dob,year\n", today: today) }
    }

    /// A quoted value with a line break in it: later rows keep their physical line numbers.
    @Test func linesCountQuotedLineBreaks() throws {
        let csv =
            "upn,legal_surname,legal_forename,dob,year\n\(CohortFixtures.upn(1)),\"Two\nLines\",A,2011-01-01,10\nBAD,B,C,2011-01-01,10\n"
        let failure = try #require(throws: CohortFailure.self) { try CohortCSVReader.read(csv, today: today) }
        #expect(failure.problems.map(\.place) == [.line(4)])
    }
}
