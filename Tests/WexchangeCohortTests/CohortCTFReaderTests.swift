import Foundation
import Testing
import WexchangeCohort
import WexchangeCore

@Suite struct CohortCTFReaderTests {
    let today = CohortFixtures.today

    static func ctf(pupils: String, version: String = "21.0") -> Data {
        Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <CTfile>
              <Header>
                <DocumentName>Common Transfer File</DocumentName>
                <CTFversion>\(version)</CTFversion>
                <DateTime>2026-11-20T10:15:00</DateTime>
                <DocumentQualifier>full</DocumentQualifier>
                <SupplierID>SIMS</SupplierID>
                <SourceSchool><LEA>801</LEA><Estab>2000</Estab><SchoolName>Excelsior Academy</SchoolName><AcademicYear>2026</AcademicYear></SourceSchool>
                <DestSchool><LEA>XXX</LEA><Estab>XXXX</Estab></DestSchool>
              </Header>
              <CTFpupilData>
            \(pupils)
              </CTFpupilData>
            </CTfile>
            """.utf8)
    }

    static func pupil(
        upn: String, surname: String = "Khan", forename: String = "Aisha", dob: String = "2011-05-06", year: String = "10",
        extra: String = ""
    ) -> String {
        """
            <Pupil>
              <UPN>\(upn)</UPN>
              <Surname>\(surname)</Surname>
              <Forename>\(forename)</Forename>
              <DOB>\(dob)</DOB>
              <Sex>F</Sex>
              <BasicDetails><PreferredSurname>\(surname)</PreferredSurname><NCyearActual>\(year)</NCyearActual><EnrolStatus>C</EnrolStatus></BasicDetails>
              \(extra)
            </Pupil>
        """
    }

    @Test func readsPupilsAndNeverAContactsAddress() throws {
        let first = Self.pupil(
            upn: CohortFixtures.upn(1),
            extra: """
                <LookedAfter><InCare>true</InCare><CareAuthority>801</CareAuthority></LookedAfter>
                <FSMhistory><FSMreviewDate>2026-09-01</FSMreviewDate>
                  <FSMinstance><FSMstartDate>2015-09-01</FSMstartDate><FSMendDate>2017-07-20</FSMendDate><UKcountry>ENG</UKcountry></FSMinstance>
                  <FSMinstance><FSMstartDate>2022-01-10</FSMstartDate><UKcountry>ENG</UKcountry></FSMinstance>
                </FSMhistory>
                <SENhistory>
                  <SEN><StartDate>2019-09-01</StartDate><SENprovision>K</SENprovision></SEN>
                  <SEN><StartDate>2024-03-01</StartDate><SENprovision>E</SENprovision></SEN>
                  <SENneeds><SENneed><SENtypeRank>1</SENtypeRank><SENtype>ASD</SENtype></SENneed></SENneeds>
                </SENhistory>
                <Address><BS7666Address><Street>1 High St</Street><Town>Newcastle</Town></BS7666Address><PostCode>NE1 4ST</PostCode></Address>
                <Contacts><Contact><Surname>Khan</Surname><Forename>Omar</Forename><Address><PostCode>M1 1AE</PostCode></Address></Contact></Contacts>
                """)
        // Free school meals that ended over six years ago do not count.
        let second = Self.pupil(
            upn: CohortFixtures.upn(2), surname: "Lee", forename: "Sam", year: "9",
            extra: """
                <FSMhistory><FSMinstance><FSMstartDate>2016-09-01</FSMstartDate><FSMendDate>2019-07-20</FSMendDate></FSMinstance></FSMhistory>
                <Contacts><Contact><Address><PostCode>M1 1AE</PostCode></Address></Contact></Contacts>
                """)
        let file = try CohortCTFReader.read(Self.ctf(pupils: first + second), today: today)
        #expect(file.format == .ctf)
        #expect(file.source == "CTF version 21.0, Excelsior Academy, DfE number 801/2000")
        let aisha = file.rows[0].record, sam = file.rows[1].record
        #expect(aisha.upn.value == CohortFixtures.upn(1))
        #expect(aisha.year == 10 && aisha.dateOfBirth == CalendarDate(iso: "2011-05-06"))
        #expect(aisha.postcode == "NE1 4ST")
        #expect(aisha.sen == .ehcPlan, "the latest SEN entry is the current provision")
        #expect(aisha.disadvantage.contains(.freeSchoolMeals) && aisha.disadvantage.contains(.lookedAfter))
        #expect(sam.postcode == nil, "a contact's postcode is not the pupil's")
        #expect(sam.sen == .none && !sam.isDisadvantaged)
        #expect(!file.given.contains(.interests) && !file.given.contains(.pupilPremium) && file.given.contains(.sen))
        #expect(file.rows.map(\.place) == [.pupil(1), .pupil(2)])
    }

    /// Older CTFs write `Gender` and may put `NCyearActual` straight under `Pupil`.
    @Test func readsOlderVersions() throws {
        let old = """
                <Pupil><UPN>\(CohortFixtures.upn(3))</UPN><Surname>Ng</Surname><Forename>Li</Forename><DOB>2012-01-02</DOB>
                <Gender>M</Gender><NCyearActual>9</NCyearActual><SENhistory><SEN><SENprovision>S</SENprovision></SEN></SENhistory></Pupil>
            """
        let file = try CohortCTFReader.read(Self.ctf(pupils: old, version: "15.0"), today: today)
        #expect(file.rows.first?.record.year == 9)
        #expect(file.rows.first?.record.sen == .ehcPlan, "a statement (S) reads as an EHC plan")
    }

    @Test func everyBadPupilIsListedByPositionUPNAndElement() throws {
        let pupils = [
            Self.pupil(upn: "A801200001001"),
            Self.pupil(upn: CohortFixtures.upn(4), dob: "2011-13-01"),
            Self.pupil(upn: CohortFixtures.upn(5), year: "X"),
            Self.pupil(upn: CohortFixtures.upn(6), extra: "<SENhistory><SEN><SENprovision>Q</SENprovision></SEN></SENhistory>"),
            Self.pupil(upn: CohortFixtures.upn(7), surname: ""),
        ].joined()
        let failure = try #require(throws: CohortFailure.self) { try CohortCTFReader.read(Self.ctf(pupils: pupils), today: today) }
        #expect(
            failure.problems.map { "\($0.place) \($0.field ?? "")" } == [
                "pupil 1 UPN", "pupil 2 DOB", "pupil 3 NCyearActual", "pupil 4 SENprovision", "pupil 5 Surname",
            ])
        #expect(failure.problems[1].upn == CohortFixtures.upn(4))
    }

    @Test func duplicateUPNsAreRefused() throws {
        let upn = CohortFixtures.upn(8)
        let failure = try #require(throws: CohortFailure.self) {
            try CohortCTFReader.read(Self.ctf(pupils: Self.pupil(upn: upn) + Self.pupil(upn: upn)), today: today)
        }
        #expect(failure.problems.map(\.description) == ["pupil 2: upn \(upn) is also on pupil 1"])
    }

    @Test(arguments: [
        ("<CTfile><Header></CTfile>", "not readable XML"),
        ("not xml at all", "not readable XML"),
        ("<CTfile><Header/><CTFpupilData><Pupil><UPN>H801200001001</UPN><Surname>Kh", "not readable XML"),
        ("", "not readable XML"),
        ("<?xml version=\"1.0\"?><Students><Pupil/></Students>", "root element is Students"),
        ("<CTfile><Header/><CTFpupilData></CTFpupilData></CTfile>", "has no students"),
    ])
    func unreadableFilesAreRefused(text: String, expected: String) throws {
        let failure = try #require(throws: CohortFailure.self) { try CohortCTFReader.read(Data(text.utf8), today: today) }
        #expect(failure.problems.count == 1)
        #expect(failure.problems[0].message.contains(expected), "\(failure.problems[0].message)")
    }

    /// A CTF must never make the reader fetch anything (no external entities).
    @Test func externalEntitiesAreNotFollowed() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE CTfile [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <CTfile><Header/><CTFpupilData><Pupil><UPN>\(CohortFixtures.upn(9))</UPN><Surname>&x;</Surname><Forename>A</Forename><DOB>2011-01-01</DOB><NCyearActual>10</NCyearActual></Pupil></CTFpupilData></CTfile>
            """
        let result = try? CohortCTFReader.read(Data(xml.utf8), today: today)
        #expect(result.map { !$0.rows[0].record.legalSurname.contains("root") } ?? true)
    }
}

@Suite struct LargeCTFTests {
    /// A CTF over 10 MB (about 20,000 pupils): libxml2 refuses so much given at once, so the
    /// reader streams it.
    @Test func readsAFileOverTenMegabytes() throws {
        let pupil = { (index: Int) in
            CohortCTFReaderTests.pupil(
                upn: CohortFixtures.upn(index % 1000).replacingOccurrences(of: "8012000", with: String(8_012_000 + index / 1000))
                    .fixedCheckLetter,
                extra:
                    "<Contacts><Contact><Surname>Khan</Surname><Forename>Omar</Forename><Address><PostCode>M1 1AE</PostCode></Address></Contact></Contacts>"
            )
        }
        let data = CohortCTFReaderTests.ctf(pupils: (0..<24_000).map(pupil).joined())
        #expect(data.count > 10_000_000)
        let file = try CohortCTFReader.read(data, today: CohortFixtures.today)
        #expect(file.rows.count == 24_000)
    }
}

extension String {
    /// The same UPN with its check letter recomputed (after its digits were changed).
    var fixedCheckLetter: String {
        let rest = String(dropFirst())
        return String(UPN.checkLetter(for: rest)!) + rest
    }
}
