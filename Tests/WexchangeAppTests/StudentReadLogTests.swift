import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// Every read of a student record is attributable, and the school's careers leader can read
/// that log for their own students, and only theirs (students issue, "Children's data").
@Suite struct StudentReadLogTests {
    @Test func theCareersLeaderSeesWhoReadTheirStudentsAndNothingOfOtherSchools() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let otherSchool = try await AccountCommands.createOrganisation(
                kind: .school, name: "Other Academy", hubId: world.hub, services: app.services)
            let stranger = try await StudentFixtures.store(
                StudentFixtures.record(50, surname: "Elsewhere", forename: "Eli"), school: otherSchool, on: db)
            // A read of the other school's student, as its own staff would make.
            try await AuditLog.record(.studentRead, stranger, by: .commandLine, at: Date(), in: db)
            let staff = try await world.session(.schoolStaff)
            let leader = try await world.session(.careersLeader)
            try await app.client { client in
                try await client.execute(uri: StudentRoutes.journey.link(world.studentRecord), method: .get, headers: staff.headers) {
                    #expect($0.status == .ok)
                }
                try await client.execute(uri: StudentRoutes.students.link, method: .get, headers: leader.headers) {
                    #expect($0.status == .ok)
                }
                try await client.execute(uri: StudentRoutes.audit.link, method: .get, headers: leader.headers) { response in
                    #expect(response.status == .ok)
                    let text = ParsedHTML(response.text).text
                    #expect(text.contains("Who has read your students' records"))
                    #expect(text.contains("World School staff") && text.contains("Read student record"))
                    #expect(text.contains("Test Pupil (Year 10)"), "the school's own log names its students")
                    #expect(text.contains("Listed students") && text.contains("Tyne Academy"))
                    #expect(!text.contains("Eli Elsewhere") && !text.contains("Other Academy"), "nothing of another school")
                    #expect(text.contains("Showing 1 to 2 of 2"), "the journey read and the listing; not the other school's read")
                }
                // Narrowed to another school's student: nothing, not their entries.
                let foreign = StudentRoutes.audit.link(query: [("subject", stranger.uuidString.lowercased())])
                try await client.execute(uri: foreign, method: .get, headers: leader.headers) { response in
                    #expect(!ParsedHTML(response.text).text.contains("Read student record"))
                }
                let own = StudentRoutes.audit.link(query: [("subject", world.studentRecord.uuidString.lowercased())])
                try await client.execute(uri: own, method: .get, headers: leader.headers) { response in
                    let text = ParsedHTML(response.text).text
                    #expect(text.contains("Read student record") && text.contains("Showing 1 to 1 of 1"))
                }
                // The national log still names the school, never the student.
                let admin = try await world.session(.nationalAdmin)
                try await client.execute(uri: OrganisationRoutes.audit.link, method: .get, headers: admin.headers) { response in
                    let text = ParsedHTML(response.text).text
                    #expect(text.contains("A student of Tyne Academy") && !text.contains("Test Pupil"))
                }
            }
        }
    }
}
