import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

@Suite struct InvitationTests {
    @Test func aCareersLeaderInvitesAStudentWhoChoosesAPasswordThroughTheLink() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let leader = try await world.session(.careersLeader)
            let db = app.services.storage.database
            try await app.client { client in
                try await client.execute(
                    uri: "/organisation/invitations", method: .post, headers: leader.formHeaders,
                    body: leader.form([
                        ("email", "new.pupil@world.test"), ("name", "New Pupil"), ("role", "student"), ("year", "9"),
                    ])
                ) { response in
                    #expect(response.status == .seeOther)
                    #expect(response.headers[.location] == "/organisation?done=invited")
                }
                try await client.execute(uri: "/organisation", method: .get, headers: leader.headers) { response in
                    #expect(response.text.contains("new.pupil@world.test"))
                    #expect(response.text.contains("Student, Year 9"))
                    #expect(response.text.contains("Invited"))
                }
                let message = try #require(
                    try await OutboxMessageModel.query(on: db).filter(\.$recipient == "new.pupil@world.test").first())
                let link = try #require(message.body.split(separator: "\n").first { $0.contains("/invitations/wext_") })
                let path = String(link[link.range(of: "/invitations/")!.lowerBound...])
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("Accept your invitation"))
                }
                let cookie = try await client.execute(
                    uri: path, method: .post, headers: AccountTests.anonymousCookie,
                    body: formBody([(CSRF.field, AccountTests.anonymousCSRF), ("password", "my own secret words")])
                ) { response in
                    #expect(response.status == .seeOther)
                    return response.headers[values: .setCookie].first.map { String($0.prefix { $0 != ";" }) }
                }
                try await client.execute(uri: "/account", method: .get, headers: [.cookie: try #require(cookie)]) { response in
                    #expect(response.text.contains("New Pupil"))
                    #expect(response.text.contains("Student, Tyne Academy"))
                }
            }
            let audit = try await AuditEntryModel.query(on: db).all()
            #expect(audit.map(\.action) == ["member.invite"])
        }
    }

    @Test func badInvitationsNameTheProblemAndStoreNothing() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let leader = try #require(
                try await app.services.authenticator.identity(
                    sessionToken: try await app.services.authenticator.openSession(
                        userId: world.users[.careersLeader]!, membershipId: world.memberships[.careersLeader]!,
                        on: app.services.storage.database)))
            let db = app.services.storage.database
            func counts() async throws -> [Int] {
                [
                    try await UserModel.query(on: db).count(), try await MembershipModel.query(on: db).count(),
                    try await OutboxMessageModel.query(on: db).count(), try await ParentLinkModel.query(on: db).count(),
                ]
            }
            let before = try await counts()
            let cases: [(InvitationService.Invite, Int, String)] = [
                (.init(email: "x@world.test", name: "X", role: "provider_admin"), 400, "role"),
                (.init(email: "x@world.test", name: "X", role: "headteacher"), 400, "role"),
                (.init(email: "not-an-email", name: "X", role: "school_staff"), 400, "email"),
                (.init(email: "x@world.test", name: "", role: "school_staff"), 400, "name"),
                (.init(email: "x@world.test", name: "X", role: "student"), 400, "year"),
                (.init(email: "x@world.test", name: "X", role: "student", yearGroup: "14"), 400, "year"),
                (.init(email: "x@world.test", name: "X", role: "parent"), 400, "student_email"),
                (
                    .init(email: "x@world.test", name: "X", role: "parent", studentEmail: TestWorld.email(.careersLeader)), 400,
                    "student_email"
                ),
                (.init(email: TestWorld.email(.schoolStaff), name: "X", role: "school_staff"), 409, "email"),
            ]
            for (invite, status, field) in cases {
                do {
                    _ = try await app.services.invitations.invite(invite, by: leader)
                    Issue.record("accepted \(invite.role) \(invite.email)")
                } catch let error as AppError {
                    #expect(Int(error.status.code) == status, "\(invite)")
                    #expect(error.field == field, "\(invite): \(error.message)")
                }
                #expect(try await counts() == before, "\(invite) stored something")
            }
            // Someone with an account elsewhere is offered the role without a new account, and gains
            // it when they accept.
            try await app.services.invitations.invite(
                .init(
                    email: TestWorld.email(.hubCoordinator), name: "ignored",
                    role: "school_staff"), by: leader)
            #expect(try await UserModel.query(on: db).count() == before[0])
            #expect(try await MembershipModel.query(on: db).filter(\.$user.$id == world.users[.hubCoordinator]!).count() == 1)
            let offer = try #require(try await OneTimeTokenModel.query(on: db).filter(\.$purpose == "role_invitation").first())
            try await app.services.invitations.accept(offer)
            #expect(try await MembershipModel.query(on: db).filter(\.$user.$id == world.users[.hubCoordinator]!).count() == 2)
        }
    }

    @Test func removingAMemberEndsTheirSessionsButNobodyRemovesThemselves() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let leader = try await world.session(.careersLeader)
            let staff = try await world.session(.schoolStaff)
            try await app.client { client in
                try await client.execute(
                    uri: OrganisationRoutes.memberRemove.link(world.memberships[.careersLeader]!), method: .post,
                    headers: leader.formHeaders,
                    body: leader.form()
                ) { response in
                    #expect(response.status == .conflict)
                    #expect(response.text.contains("cannot remove your own role"))
                }
                // A member of another organisation is not ours to remove, nor to know about.
                try await client.execute(
                    uri: OrganisationRoutes.memberRemove.link(world.memberships[.providerAdmin]!), method: .post,
                    headers: leader.formHeaders,
                    body: leader.form()
                ) { #expect($0.status == .notFound) }
                try await client.execute(uri: "/account", method: .get, headers: staff.headers) { #expect($0.status == .ok) }
                // Remove is a link to a page that names the person and asks first; it changes nothing.
                let confirm = OrganisationRoutes.memberRemove.link(world.memberships[.schoolStaff]!)
                try await client.execute(uri: OrganisationRoutes.organisation.link, method: .get, headers: leader.headers) { response in
                    let page = ParsedHTML(response.text)
                    #expect(page.elements.contains { $0.name == "a" && $0.value(of: "href") == confirm })
                    #expect(page.text.contains("Remove World School staff, school staff"))
                }
                try await client.execute(uri: confirm, method: .get, headers: leader.headers) { response in
                    #expect(response.status == .ok)
                    let page = ParsedHTML(response.text)
                    #expect(page.text.contains("Remove World School staff (school staff) from Tyne Academy?"))
                    #expect(page.elements.contains { $0.name == "form" && $0.value(of: "action") == confirm })
                }
                try await client.execute(
                    uri: OrganisationRoutes.memberRemove.link(world.memberships[.providerAdmin]!), method: .get, headers: leader.headers
                ) { #expect($0.status == .notFound) }
                try await client.execute(uri: "/account", method: .get, headers: staff.headers) { #expect($0.status == .ok) }
                try await client.execute(
                    uri: OrganisationRoutes.memberRemove.link(world.memberships[.schoolStaff]!), method: .post, headers: leader.formHeaders,
                    body: leader.form()
                ) { #expect($0.status == .seeOther) }
                try await client.execute(uri: "/account", method: .get, headers: staff.headers) { #expect($0.status == .seeOther) }
            }
        }
    }
}

@Suite struct OrganisationDirectoryTests {
    @Test func aHubCoordinatorSeesTheHubsSchoolsAndNationalAdminsSeeEveryOrganisation() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            // A school in the other hub, which the Tyne coordinator must not see.
            _ = try await AccountCommands.createOrganisation(
                kind: .school, name: "Durham School", hubId: world.otherHub, services: app.services)
            let coordinator = try await world.session(.hubCoordinator)
            let admin = try await world.session(.nationalAdmin)
            try await app.client { client in
                try await client.execute(uri: "/organisation", method: .get, headers: coordinator.headers) { response in
                    #expect(response.text.contains("The hub's schools"))
                    #expect(response.text.contains("Tyne Academy"))
                    #expect(!response.text.contains("Durham School"))
                }
                try await client.execute(uri: "/organisations?kind=school", method: .get, headers: admin.headers) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("Tyne Academy") && response.text.contains("Durham School"))
                    #expect(response.text.contains("Showing 1 to 2 of 2 organisations"))
                }
                try await client.execute(uri: "/organisations?kind=provider", method: .get, headers: admin.headers) { response in
                    #expect(response.text.contains("Provider A") && response.text.contains("Provider B"))
                }
            }
        }
    }
}

@Suite struct MemberListPrivacyTests {
    /// The school's member list follows the student-data rules: staff see every student, a
    /// student only themselves, a parent only their own child.
    @Test func studentsAndParentsSeeOnlyThemselvesAndTheirOwn() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let school = world.school
            _ = try await app.services.accounts.createUser(
                .init(
                    email: "other.pupil@world.test", name: "Other Pupil", password: TestWorld.password,
                    memberships: [.init(organisationId: school, role: .student, yearGroup: 8)]))
            try await app.client { client in
                func page(_ role: Role) async throws -> String {
                    let session = try await world.session(role)
                    return try await client.execute(uri: "/organisation", method: .get, headers: session.headers) { $0.text }
                }
                let staff = try await page(.schoolStaff)
                #expect(staff.contains("World Student") && staff.contains("Other Pupil") && staff.contains("World Parent"))
                let student = try await page(.student)
                #expect(student.contains("World Student") && !student.contains("Other Pupil") && !student.contains("World Parent"))
                #expect(student.contains("World Careers leader"))
                let parent = try await page(.parent)
                #expect(parent.contains("World Student") && !parent.contains("Other Pupil") && parent.contains("World Parent"))
            }
        }
    }
}
