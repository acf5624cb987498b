import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCohort
import WexchangeCore
import WexchangeGeo
import WexchangeTestSupport

/// Importing a school's cohort (students issue, "Cohort import"): all rows or none, the same
/// file twice changes nothing, a changed file updates by UPN, `full` marks leavers, and the
/// careers leader's upload shows the preview before anything is saved.
@Suite struct StudentImportTests {
    static let urn = 135_423
    static let header = "UPN,Legal Surname,Forename,DOB,NC Year Actual,FSM Eligible,SEN Status,Postcode,Gender"

    static func csv(_ rows: [String]) -> String { ([header] + rows).joined(separator: "\n") + "\n" }

    static func row(_ serial: Int, surname: String = "Pupil", year: Int = 10, sen: String = "N", postcode: String = "NE1 4ST") -> String {
        "\(StudentFixtures.upn(serial)),\(surname)\(serial),Test,2011-05-0\(serial % 9 + 1),\(year),N,\(sen),\(postcode),F"
    }

    static func write(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cohort-\(UUID().uuidString).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static func run(
        _ app: TestApp, _ text: String, full: Bool = false, dryRun: Bool = false, urn: Int = urn
    ) async throws
        -> StudentImportCommands.Outcome
    {
        let url = try write(text)
        defer { try? FileManager.default.removeItem(at: url) }
        return try await StudentImportCommands.run(url, urn: urn, full: full, dryRun: dryRun, services: app.services, show: { _ in })
    }

    static func school(_ app: TestApp) async throws -> UUID {
        try await AccountCommands.createOrganisation(kind: .school, name: "Excelsior Academy", urn: urn, services: app.services)
    }

    static func stored(_ app: TestApp) async throws -> [StudentRecord] {
        try await StudentModel.query(on: app.services.storage.database).sort(\.$upn).all().map(\.record)
    }

    @Test func importsThenChangesNothingThenUpdatesByUPN() async throws {
        try await withApp { app in
            let school = try await Self.school(app)
            let first = Self.csv([Self.row(1), Self.row(2), Self.row(3, sen: "K")])
            #expect(try await Self.run(app, first).written == "imported: 3 new, 0 updated, 0 unchanged, 0 left")
            let records = try await Self.stored(app)
            #expect(records.count == 3)
            #expect(records.first { $0.upn.value == StudentFixtures.upn(3) }?.sen == .senSupport)
            let model = try #require(try await StudentModel.query(on: app.services.storage.database).first())
            #expect(model.latitude != nil && model.$school.id == school, "the home postcode is geocoded")
            // The same file again: nothing written, nothing audited.
            #expect(try await Self.run(app, first).written == nil)
            #expect(try await Self.stored(app) == records)
            // A changed file: one moved up a year, one new.
            let second = Self.csv([Self.row(1, year: 11), Self.row(2), Self.row(3, sen: "K"), Self.row(4)])
            #expect(try await Self.run(app, second).written == "imported: 1 new, 1 updated, 2 unchanged, 0 left")
            #expect(try await Self.stored(app).first { $0.upn.value == StudentFixtures.upn(1) }?.year == 11)
            let audits = try await AuditEntryModel.query(on: app.services.storage.database).filter(\.$action == "students.import").all()
            #expect(audits.map(\.reason) == ["CSV: 3 new, 0 updated, 0 left", "CSV: 1 new, 1 updated, 0 left"])
        }
    }

    /// The bulk path writes what Fluent reads back, every column, on insert and on update.
    @Test func bulkRowsMatchTheModel() async throws {
        #expect(Set(StudentModel.recordColumns).count == StudentModel.recordColumns.count)
        try await withApp { app in
            let db = app.services.storage.database
            let school = try await Self.school(app)
            var record = StudentFixtures.record(5)
            record.preferredForename = "Sam"
            record.email = "sam@example.org"
            record.accessNeeds = TaxonomySet([.quietSpace])
            record.interests = TaxonomySet([.health, .engineering])
            record.hasLeft = true
            let home = Coordinate(latitude: 54.97, longitude: -1.61)
            #expect(StudentModel.values(of: .init(record: record, coordinate: home), at: testNow).count == StudentModel.recordColumns.count)
            try await StudentModel.insert([.init(record: record, coordinate: home)], school: school, at: testNow, on: db)
            let read = try #require(try await StudentModel.query(on: db).first())
            #expect(read.record == record && read.latitude == 54.97 && read.longitude == -1.61)
            #expect(read.leftAt == testNow && read.createdAt == testNow && read.updatedAt == testNow && read.$school.id == school)
            // Time-ordered ids (RFC 9562 version 7): the version digit and the variant.
            let id = try read.requireID().uuidString
            #expect(id[id.index(id.startIndex, offsetBy: 14)] == "7" && "89AB".contains(id[id.index(id.startIndex, offsetBy: 19)]))
            let bulk = try await StudentModel.stored(school: school, on: db)
            #expect(bulk.map(\.record) == [record] && bulk.first?.id == read.id)

            var changed = record
            changed.hasLeft = false
            changed.year = 11
            changed.postcode = nil
            let later = testNow.addingTimeInterval(60)
            try await StudentModel.update(try read.requireID(), to: .init(record: changed, coordinate: nil), at: later, on: db)
            let updated = try #require(try await StudentModel.find(read.id, on: db))
            #expect(updated.record == changed && updated.latitude == nil && updated.leftAt == nil)
            #expect(updated.createdAt == testNow && updated.updatedAt == later)
        }
    }

    @Test func fullMarksLeaversOfTheFilesYearsAndNeverDeletes() async throws {
        try await withApp { app in
            _ = try await Self.school(app)
            _ = try await Self.run(app, Self.csv([Self.row(1), Self.row(2), Self.row(3, year: 8)]))
            let outcome = try await Self.run(app, Self.csv([Self.row(1)]), full: true)
            #expect(outcome.written == "imported: 0 new, 0 updated, 1 unchanged, 1 left")
            let records = try await Self.stored(app)
            #expect(records.count == 3)
            #expect(records.filter(\.hasLeft).map(\.upn.value) == [StudentFixtures.upn(2)])
        }
    }

    @Test func aDryRunWritesNothing() async throws {
        try await withApp { app in
            _ = try await Self.school(app)
            #expect(try await Self.run(app, Self.csv([Self.row(1)]), dryRun: true).written == nil)
            #expect(try await Self.stored(app).isEmpty)
        }
    }

    /// One bad row anywhere: nothing is written, and every problem is named.
    @Test func aBadRowWritesNothing() async throws {
        try await withApp { app in
            _ = try await Self.school(app)
            _ = try await Self.run(app, Self.csv([Self.row(1)]))
            let before = try await Self.stored(app)
            for bad in [
                Self.csv([Self.row(1, year: 11), Self.row(2), "A801200001001,Bad,Check,2011-01-01,10,N,N,,F"]),
                Self.csv([Self.row(1, year: 11), Self.row(2, postcode: "ZZ99 9ZZ")]),
                Self.csv([Self.row(1, year: 11), Self.row(1)]),
                "not,a,cohort\n1,2,3\n",
            ] {
                await #expect(throws: CohortFailure.self) { try await Self.run(app, bad) }
                #expect(try await Self.stored(app) == before)
            }
            await #expect(throws: AppError.self) { try await Self.run(app, Self.csv([Self.row(2)]), urn: 999_999) }
            #expect(try await Self.stored(app) == before)
        }
    }

    /// The CTF path end to end, with the same plan as CSV.
    @Test func importsACommonTransferFile() async throws {
        try await withApp { app in
            _ = try await Self.school(app)
            let ctf = """
                <?xml version="1.0" encoding="UTF-8"?>
                <CTfile><Header><DocumentName>Common Transfer File</DocumentName><CTFversion>20.0</CTFversion></Header>
                <CTFpupilData><Pupil><UPN>\(StudentFixtures.upn(7))</UPN><Surname>Ahmed</Surname><Forename>Sara</Forename>
                <DOB>2011-04-05</DOB><BasicDetails><NCyearActual>10</NCyearActual></BasicDetails>
                <SENhistory><SEN><StartDate>2020-01-01</StartDate><SENprovision>E</SENprovision></SEN></SENhistory>
                <Address><PostCode>NE1 4ST</PostCode></Address></Pupil></CTFpupilData></CTfile>
                """
            #expect(try await Self.run(app, ctf).written == "imported: 1 new, 0 updated, 0 unchanged, 0 left")
            #expect(try await Self.stored(app).first?.sen == .ehcPlan)
        }
    }
}
