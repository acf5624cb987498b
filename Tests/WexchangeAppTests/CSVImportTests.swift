import Foundation
import Testing
@testable import WexchangeApp

@Suite struct CSVImportTests {
    static let header =
        "external_id,title,summary,type,mode,sector,stage,years,address,postcode,capacity,hours_per_day,days,sessions,skills\n"

    func file(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID()).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func importsEveryRowAndIsIdempotent() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            let url = try file(
                Self.header + """
                    p1,Welding taster,"Try welding, safely",workplace_visit,in_person,engineering-manufacturing,introduce_inspire,9;10,1 Quay Road,NE1 3AF,10,5,1,2027-03-01/2027-03-01,teamwork;creativity
                    p2,Online coding,Learn to code,virtual_work_experience,virtual,digital,apply_demonstrate,10;11;12,,,30,4,5,2027-04-12/2027-04-16,problem_solving
                    """)
            let first = try await CSVImportService.importFile(url, providerID: provider.id, services: app.services)
            #expect(first.created == 2)
            let second = try await CSVImportService.importFile(url, providerID: provider.id, services: app.services)
            #expect(second.unchanged == 2 && second.created == 0)
            #expect(app.services.catalogue.index.count == 2)
        }
    }

    @Test func badRowsRejectTheFileWithLineNumbersAndWriteNothing() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            let url = try file(
                Self.header + """
                    p1,Welding taster,Try welding,workplace_visit,in_person,engineering-manufacturing,introduce_inspire,9,1 Quay Road,NE1 3AF,ten,5,1,2027-03-01/2027-03-01,
                    p2,Online coding,Learn to code,virtual_work_experience,virtual,digital,apply_demonstrate,10,,,30,4,5,2027-04-12/2027-04-16,
                    p3,Site visit,See a site,workplace_visit,in_person,construction-built-environment,introduce_inspire,6,2 Road,ZZ99 9ZZ,5,5,1,2027-03-01/2027-03-01,
                    """)
            do {
                _ = try await CSVImportService.importFile(url, providerID: provider.id, services: app.services)
                Issue.record("expected the file to be rejected")
            } catch let failure as CSVImportService.Failure {
                #expect(failure.problems.map(\.line) == [2])
                #expect(failure.description.contains("line 2 (p1): capacity 'ten' is not a whole number"))
            }
            let fixed = try file(
                Self.header + """
                    p2,Online coding,Learn to code,virtual_work_experience,virtual,digital,apply_demonstrate,10,,,30,4,5,2027-04-12/2027-04-16,
                    p3,Site visit,See a site,workplace_visit,in_person,construction-built-environment,introduce_inspire,6,2 Road,ZZ99 9ZZ,5,5,1,2027-03-01/2027-03-01,
                    """)
            do {
                _ = try await CSVImportService.importFile(fixed, providerID: provider.id, services: app.services)
                Issue.record("expected the file to be rejected")
            } catch let failure as CSVImportService.Failure {
                #expect(Set(failure.problems.map { "\($0.line!):\($0.field)" }) == ["3:years", "3:postcode"])
            }
            #expect(try await OpportunityModel.query(on: app.services.storage.database).count() == 0)
        }
    }

    @Test func unknownColumnsAreNamed() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            let url = try file("external_id,title,colour\n")
            do {
                _ = try await CSVImportService.importFile(url, providerID: provider.id, services: app.services)
                Issue.record("expected the file to be rejected")
            } catch let failure as CSVImportService.Failure {
                #expect(failure.problems.contains { $0.field == "colour" })
                #expect(failure.problems.contains { $0.field == "capacity" && $0.message.contains("missing") })
            }
        }
    }
}
