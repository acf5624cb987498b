import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// Hub coordinators see their schools' progress in aggregate: no names, small groups not shown,
/// nothing of another hub's schools (students issue, "Progress against the target").
@Suite struct HubProgressTests {
    @Test func theHubSeesEachSchoolInAggregateWithSmallGroupsNotShown() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            // Eight Year 11s at the hub's school (none with a placement: all behind), two of them disadvantaged.
            for serial in 0..<8 {
                var record = StudentFixtures.record(30 + serial, surname: "Named\(serial)", year: 11)
                if serial < 2 { record.disadvantage.insert(.freeSchoolMeals) }
                try await StudentFixtures.store(record, school: world.school, on: db)
            }
            let durham = try await AccountCommands.createOrganisation(
                kind: .school, name: "Durham School", hubId: world.otherHub, services: app.services)
            try await StudentFixtures.store(StudentFixtures.record(60, surname: "Faraway"), school: durham, on: db)
            let coordinator = try await world.session(.hubCoordinator)
            try await app.client { client in
                try await client.execute(uri: AccountRoutes.home.link, method: .get, headers: coordinator.headers) {
                    #expect(ParsedHTML($0.text).text.contains("See the hub's progress"))
                }
                try await client.execute(uri: StudentRoutes.hubProgress.link, method: .get, headers: coordinator.headers) { response in
                    #expect(response.status == .ok)
                    let html = response.text
                    let text = ParsedHTML(html).text
                    #expect(text.contains("Progress in Tyne Hub's schools") && text.contains("Tyne Academy"))
                    #expect(!text.contains("Durham School"), "another hub's school")
                    #expect(
                        !text.contains("Named") && !text.contains("Test Pupil") && !html.contains("/students/"),
                        "no student named or linked")
                    // The school's 9 students: shown; its 2 disadvantaged and its 1 Year 10: not; no one with SEN: z.
                    let school = try #require(ParsedHTML(html).rows(caption: "Each school").first)
                    #expect(school == ["Tyne Academy", "Statutory guidance", "9", "0%", "0%", "c", "z", "0%"], "\(school)")
                    let years = ParsedHTML(html).rows(caption: "Each year group across the hub, by disadvantage and SEN provision")
                    #expect(
                        years.contains(["Year 11", "Others", "6", "0%", "0%"]) && years.contains(["Year 10", "Others", "c", "c", "c"]))
                    #expect(text.contains("c: fewer than 6 students"))
                }
            }
        }
    }
}
