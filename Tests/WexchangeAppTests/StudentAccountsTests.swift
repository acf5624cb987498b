import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// Student accounts from the cohort: invitations for students with an email, a printed sheet of
/// sign-in names and one-time codes for the rest, parents invited from a record (students issue).
@Suite struct StudentAccountsTests {
    /// The code printed on a sheet, read from the page as the careers leader sees it.
    static func codes(_ html: String) -> [String] {
        html.matches(of: /[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}/).map { String(html[$0.range]) }
    }

    @Test func theCareersLeaderMakesAccountsAndAStudentSignsInWithTheCodeFromTheSheet() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            var emailed = StudentFixtures.record(40, surname: "Mailer", forename: "Mo", year: 9)
            emailed.email = "mo@pupils.test"
            let mo = try await StudentFixtures.store(emailed, school: world.school, on: db)
            let zoe = try await StudentFixtures.store(
                StudentFixtures.record(41, surname: "Ó Briain", forename: "Zoë", year: 9), school: world.school, on: db)
            var clash = StudentFixtures.record(42, surname: "Clash", forename: "Cy", year: 9)
            clash.email = TestWorld.email(.providerAdmin)
            try await StudentFixtures.store(clash, school: world.school, on: db)
            try await StudentFixtures.store(StudentFixtures.record(43, surname: "Other", year: 11), school: world.school, on: db)
            let leader = try await world.session(.careersLeader)
            try await app.client { client in
                try await client.execute(uri: StudentRoutes.accounts.link, method: .get, headers: leader.headers) { response in
                    let text = ParsedHTML(response.text).text
                    #expect(text.contains("No account, with an email address2") && text.contains("No account, no email address2"))
                }
                let refused = try await ProviderPagesTests.post(client, StudentRoutes.accounts.link, session: leader, [("year", "14")])
                #expect(refused.status == 400 && refused.body.contains("Choose a year group from the list"))
                #expect(try await StudentModel.find(zoe, on: db)?.userId == nil, "nothing made")

                let made = try await ProviderPagesTests.post(client, StudentRoutes.accounts.link, session: leader, [("year", "9")])
                #expect(made.status == 200)
                let text = ParsedHTML(made.body).text
                #expect(text.contains("1 invited by email, 1 sign-in code below") && text.contains("Mo Mailer"))
                #expect(text.contains("Cy Clash: \(TestWorld.email(.providerAdmin)) already has an account"))
                #expect(!text.contains("Test Other"), "Year 11 was not chosen")
                let code = try #require(Self.codes(made.body).first)
                let zoeAccount = try #require(try await StudentModel.find(zoe, on: db)?.userId)
                let login = try #require(try await UserModel.find(zoeAccount, on: db)?.email)
                #expect(login.hasPrefix("zoe.o") && text.contains(login))
                #expect(try await StudentModel.find(mo, on: db)?.userId != nil)
                let invitation = try #require(try await OutboxMessageModel.query(on: db).filter(\.$recipient == "mo@pupils.test").first())
                #expect(invitation.body.contains("/invitations/wext_"))
                let membership = try #require(try await MembershipModel.query(on: db).filter(\.$user.$id == zoeAccount).first())
                #expect(membership.role == "student" && membership.yearGroup == 9 && membership.$organisation.id == world.school)
                #expect(!(try await OneTimeTokenModel.query(on: db).all()).contains { $0.tokenHash.contains(code) }, "codes are not stored")

                // Zoë types her code (badly spaced, lower case), chooses a password, signs in with her name.
                let typed = code.lowercased().replacingOccurrences(of: "-", with: " ")
                let anonymous = try await Self.anonymousSession(client)
                let redeemed = try await ProviderPagesTests.post(
                    client, AccountRoutes.signInCode.link, session: anonymous, [("code", typed)])
                #expect(redeemed.status == 303 && redeemed.location?.hasPrefix("/invitations/wext_") == true)
                let chosen = try await ProviderPagesTests.post(
                    client, redeemed.location!, session: anonymous, [("password", "purple otter kayak")])
                #expect(chosen.status == 303)
                let again = try await ProviderPagesTests.post(client, AccountRoutes.signInCode.link, session: anonymous, [("code", code)])
                #expect(again.status == 422 && ParsedHTML(again.body).text.contains("That code does not work"), "a code works once")
                let signedIn = try await ProviderPagesTests.post(
                    client, AccountRoutes.signIn.link, session: anonymous, [("email", login), ("password", "purple otter kayak")])
                #expect(signedIn.status == 303 && signedIn.location == AccountRoutes.home.link)
            }
            let audit = try await AuditEntryModel.query(on: db).filter(\.$action == "students.accounts").all()
            #expect(audit.map(\.reason) == ["1 invited by email, 1 sign-in codes"])
        }
    }

    @Test(arguments: [
        ("", "Enter the 12 letters and numbers of your code"),
        ("K7QX-M3PD-9HT", "Enter the 12 letters and numbers of your code"),
        ("K7QX-M3PD-9HT0", "Enter the 12 letters and numbers of your code"),
        ("K7QX-M3PD-9HTR", "That code does not work"),
    ])
    func aWrongCodeIsRefusedPlainly(typed: String, expected: String) async throws {
        try await withApp { app in
            try await app.client { client in
                let anonymous = try await Self.anonymousSession(client)
                let refused = try await ProviderPagesTests.post(
                    client, AccountRoutes.signInCode.link, session: anonymous, [("code", typed)])
                #expect(refused.status == 422)
                let page = ParsedHTML(refused.body)
                #expect(page.text.contains("There is a problem") && page.text.contains(expected), "\(expected)")
            }
        }
    }

    /// A class types its codes behind one school address and mistypes some: nobody else's code
    /// or a teacher's sign-in is slowed by that; the same wrong code over and over is.
    @Test func aClassesTyposSlowNoOneElseButRepeatingOneWrongCodeIsSlowed() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            try await StudentFixtures.store(StudentFixtures.record(46, surname: "Typist", year: 8), school: world.school, on: db)
            let leader = try await world.session(.careersLeader)
            try await app.client { client in
                let sheet = try await ProviderPagesTests.post(client, StudentRoutes.accounts.link, session: leader, [("year", "8")])
                let code = try #require(Self.codes(sheet.body).first)
                let anonymous = try await Self.anonymousSession(client)
                var random = SeededRandom(seed: 3)
                for _ in 0..<30 {
                    let typo = SignInCode.generate(using: &random)
                    let refused = try await ProviderPagesTests.post(
                        client, AccountRoutes.signInCode.link, session: anonymous, [("code", typo)])
                    #expect(refused.status == 422)
                }
                let right = try await ProviderPagesTests.post(client, AccountRoutes.signInCode.link, session: anonymous, [("code", code)])
                #expect(right.status == 303, "thirty typos from the school's address do not hold up a right code")
                let teacher = try await ProviderPagesTests.post(
                    client, AccountRoutes.signIn.link, session: anonymous,
                    [("email", TestWorld.email(.schoolStaff)), ("password", TestWorld.password)])
                #expect(teacher.status == 303, "nor a teacher's sign-in from it")
                for attempt in 1...6 {
                    let again = try await ProviderPagesTests.post(
                        client, AccountRoutes.signInCode.link, session: anonymous, [("code", "AAAA-BBBB-CCCC")])
                    #expect(again.status == (attempt <= 5 ? 422 : 429), "attempt \(attempt)")
                    if attempt == 6 { #expect(ParsedHTML(again.body).text.contains("Too many wrong codes")) }
                }
            }
        }
    }

    @Test func aLostSheetGetsANewCodeAndTheOldOneStopsWorking() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let student = try await StudentFixtures.store(
                StudentFixtures.record(44, surname: "Lost", year: 8), school: world.school, on: db)
            let leader = try await world.session(.careersLeader)
            try await app.client { client in
                let first = try await ProviderPagesTests.post(client, StudentRoutes.accounts.link, session: leader, [("year", "8")])
                let old = try #require(Self.codes(first.body).first)
                try await client.execute(uri: StudentRoutes.student.link(student), method: .get, headers: leader.headers) {
                    #expect(ParsedHTML($0.text).text.contains("Make a new sign-in code"))
                }
                let staff = try await world.session(.schoolStaff)
                let renewed = try await ProviderPagesTests.post(client, StudentRoutes.newCode.link(student), session: staff, [])
                let new = try #require(Self.codes(renewed.body).first)
                #expect(new != old)
                let anonymous = try await Self.anonymousSession(client)
                let stale = try await ProviderPagesTests.post(client, AccountRoutes.signInCode.link, session: anonymous, [("code", old)])
                #expect(stale.status == 422)
                let fresh = try await ProviderPagesTests.post(client, AccountRoutes.signInCode.link, session: anonymous, [("code", new)])
                #expect(fresh.status == 303)
                // A student who signs in with an email resets their password instead.
                let emailed = try await ProviderPagesTests.post(client, StudentRoutes.newCode.link(world.studentRecord), session: staff, [])
                #expect(emailed.status == 409)
            }
            #expect(try await AuditEntryModel.query(on: db).filter(\.$action == "student.code").count() == 1)
        }
    }

    @Test func aParentIsInvitedFromTheRecordAndLinkedToTheStudent() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let staff = try await world.session(.schoolStaff)
            let noAccount = try await StudentFixtures.store(StudentFixtures.record(45, surname: "Solo"), school: world.school, on: db)
            try await app.client { client in
                let early = try await ProviderPagesTests.post(
                    client, StudentRoutes.inviteParent.link(noAccount), session: staff, [("name", "Pat"), ("email", "pat@home.test")])
                #expect(early.status == 422 && ParsedHTML(early.body).text.contains("Make the student's account first"))
                let bad = try await ProviderPagesTests.post(
                    client, StudentRoutes.inviteParent.link(world.studentRecord), session: staff,
                    [("name", "Pat"), ("email", "not an email")])
                #expect(bad.status == 422 && ParsedHTML(bad.body).text.contains("is not an email address"))
                #expect(try await UserModel.query(on: db).filter(\.$email == "pat@home.test").first() == nil, "nothing made")
                let sent = try await ProviderPagesTests.post(
                    client, StudentRoutes.inviteParent.link(world.studentRecord), session: staff,
                    [("name", "Pat Pupil"), ("email", "pat@home.test")])
                #expect(sent.status == 303 && sent.location == StudentRoutes.student.link(world.studentRecord) + "?done=invited")
            }
            // The student and their parent see the record, not the forms that are staff's.
            try await app.client { client in
                for role in [Role.student, .parent] {
                    let session = try await world.session(role)
                    try await client.execute(uri: StudentRoutes.student.link(world.studentRecord), method: .get, headers: session.headers) {
                        let text = ParsedHTML($0.text).text
                        #expect($0.status == .ok && !text.contains("Invite a parent or carer") && !text.contains("sign-in code"), "\(role)")
                    }
                }
                try await client.execute(uri: StudentRoutes.student.link(world.studentRecord), method: .get, headers: staff.headers) {
                    #expect(ParsedHTML($0.text).text.contains("Invite a parent or carer"))
                }
            }
            let parent = try #require(try await UserModel.query(on: db).filter(\.$email == "pat@home.test").first())
            let link = try #require(try await ParentLinkModel.query(on: db).filter(\.$parent.$id == parent.requireID()).first())
            #expect(link.$student.id == world.users[.student])
            #expect(try await MembershipModel.query(on: db).filter(\.$user.$id == parent.requireID()).first()?.role == "parent")
        }
    }

    /// A browser that has not signed in: only its CSRF cookie.
    static func anonymousSession(_ client: any TestClientProtocol) async throws -> BrowserSession {
        let token = "wexc_" + String(repeating: "2", count: 64)
        return BrowserSession(headers: [.cookie: "\(CSRF.cookie)=\(token)"], csrf: token)
    }
}
