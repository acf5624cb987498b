import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// The careers leader's inspection export (CSV and printable), the equity chart and the choice
/// of target (students issue, "Progress against the target").
@Suite struct ProgressExportTests {
    @Test func cellsASpreadsheetWouldRunAsFormulasStayText() {
        for dangerous in ["=SUM(A1)", "+1", "-1", "@cmd", "\tx", "\rx"] {
            #expect(CSVDownload.cell(dangerous) == "'" + dangerous)
        }
        #expect(CSVDownload.cell("Ayton") == "Ayton" && CSVDownload.cell("") == "")
        let text = try! CSVDownload.text(header: ["Name", "Note"], rows: [["O\"Neil, Sam", "line\nbreak"]])
        #expect(text == "Name,Note\r\n\"O\"\"Neil, Sam\",\"line\nbreak\"\r\n")
    }

    @Test func theCSVHasOneLinePerStudentOnRollWithTheirProgressAndNoUPN() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            var poor = StudentFixtures.record(20, surname: "=HYPERLINK(\"http://evil\")", forename: "Abi", year: 11)
            poor.disadvantage.insert(.freeSchoolMeals)
            try await StudentFixtures.store(poor, school: world.school, on: db)
            var left = StudentFixtures.record(21, surname: "Gone", year: 11)
            left.hasLeft = true
            try await StudentFixtures.store(left, school: world.school, on: db)
            let leader = try await world.session(.careersLeader)
            try await app.client { client in
                try await client.execute(uri: StudentRoutes.progressCSV.link, method: .get, headers: leader.headers) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                    #expect(response.headers[.contentDisposition] == "attachment; filename=\"progress-2027-01-10.csv\"")
                    let lines = response.text.split(separator: "\r\n").map(String.init)
                    #expect(lines.count == 3, "the header, the world's Year 10 and the Year 11 on roll; not the one who left")
                    #expect(lines[0].hasPrefix("Surname,Forename,Year,Disadvantaged,SEN provision,Placement days"))
                    #expect(lines[0].contains("A week (5 days) of placements in Years 10 and 11"))
                    let abi = try #require(lines.first { $0.contains("Abi") })
                    #expect(
                        abi.hasPrefix(
                            "\"'=HYPERLINK(\"\"http://evil\"\")\",Abi,11,Yes,No special educational needs,0.0,0,0.0,0,No,Missed,Due this year,Yes,"
                        ), "\(abi)")
                    #expect(abi.contains("Missed: a week (5 days) of work experience activities in Years 7 to 9"))
                    #expect(!response.text.contains(StudentFixtures.upn(20)), "no UPN in the export")
                }
            }
            let audit = try await AuditEntryModel.query(on: db).filter(\.$action == "students.list").all()
            #expect(audit.map(\.reason) == ["inspection export (CSV)"])
        }
    }

    @Test func thePrintablePageHasEveryFigureTheChartAndTheWholeAtRiskList() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            for serial in 0..<120 {
                try await StudentFixtures.store(
                    StudentFixtures.record(100 + serial, surname: "Late\(serial)", year: 11), school: world.school, on: db)
            }
            let leader = try await world.session(.careersLeader)
            try await app.client { client in
                try await client.execute(uri: StudentRoutes.progressPrint.link, method: .get, headers: leader.headers) { response in
                    let html = response.text
                    let text = ParsedHTML(html).text
                    #expect(text.contains("Work experience and Benchmark 6 at Tyne Academy"))
                    #expect(text.contains("Students behind for their year (121)") && text.contains("Late119"), "no paging when printed")
                    #expect(html.contains("role=\"img\" aria-labelledby=\"equity-chart-title equity-chart-desc\""))
                    #expect(text.contains("Students on track for their year, by group"))
                }
                try await client.execute(uri: StudentRoutes.progress.link, method: .get, headers: leader.headers) { response in
                    let text = ParsedHTML(response.text).text
                    #expect(text.contains("Late0") && !text.contains("Late99"), "the page shows the list a hundred at a time")
                    #expect(text.contains("Printable copy for inspection"))
                }
            }
        }
    }

    @Test func theCareersLeaderChoosesTheTargetAndEveryFigureFollows() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let leader = try await world.session(.careersLeader)
            try await app.client { client in
                let bad = try await ProviderPagesTests.post(
                    client, StudentRoutes.progressPolicy.link, session: leader, [("policy", "nonsense")])
                #expect(bad.status == 400 && bad.body.contains("Choose one of the two targets"))
                #expect(try await OrganisationModel.find(world.school, on: db)?.targetPolicy == nil, "nothing changed")
                let staff = try await world.session(.schoolStaff)
                let refused = try await ProviderPagesTests.post(
                    client, StudentRoutes.progressPolicy.link, session: staff, [("policy", "report-2023")])
                #expect(refused.status == 403)
                let saved = try await ProviderPagesTests.post(
                    client, StudentRoutes.progressPolicy.link, session: leader, [("policy", "report-2023")])
                #expect(saved.status == 303)
                try await client.execute(uri: saved.location!, method: .get, headers: leader.headers) { response in
                    let text = ParsedHTML(response.text).text
                    #expect(text.contains("Target saved") && text.contains("Target: Two weeks of placements"))
                    #expect(text.contains("A placement in Year 10 or 11"), "the year table's columns are the new target's milestones")
                }
            }
            #expect(try await OrganisationModel.find(world.school, on: db)?.targetPolicy == "report-2023")
            #expect(try await AuditEntryModel.query(on: db).filter(\.$action == "school.target").count() == 1)
        }
    }
}
