import FluentKit
import Foundation
import Testing
@testable import WexchangeApp
import WexchangeCore

/// The one account-creation function: every bad input is a clear error and stores nothing.
@Suite struct AccountCreationTests {
    func counts(_ app: TestApp) async throws -> [Int] {
        let db = app.services.storage.database
        return [
            try await UserModel.query(on: db).count(), try await MembershipModel.query(on: db).count(),
            try await ParentLinkModel.query(on: db).count(),
        ]
    }

    @Test func badInputsNameTheFieldAndStoreNothing() async throws {
        try await withApp { app in
            let school = try await AccountCommands.createOrganisation(kind: .school, name: "Tyne Academy", services: app.services)
            let hub = try await AccountCommands.createOrganisation(
                kind: .careersHub, name: "Tyne Hub", localAuthorities: ["E08000021"],
                services: app.services)
            let student = try await app.services.accounts.createUser(
                .init(
                    email: "pupil@school.test", name: "Pupil", password: "a good long password",
                    memberships: [.init(organisationId: school, role: .student, yearGroup: 9)]))
            let before = try await counts(app)
            let good = AccountService.NewAccount(
                email: "newperson@school.test", name: "New Person", password: "a good long password",
                memberships: [.init(organisationId: school, role: .careersLeader)])
            let cases: [(String, (inout AccountService.NewAccount) -> Void, Int, String, String)] = [
                ("blank email", { $0.email = " " }, 400, "email", "is required"),
                ("malformed email", { $0.email = "new at school" }, 400, "email", "is not an email address"),
                ("two @", { $0.email = "a@b@school.test" }, 400, "email", "is not an email address"),
                ("blank name", { $0.name = "  " }, 400, "name", "is required"),
                ("long name", { $0.name = String(repeating: "x", count: 101) }, 400, "name", "at most 100"),
                ("short password", { $0.password = "short" }, 400, "password", "at least 10"),
                ("long password", { $0.password = String(repeating: "ab", count: 40) }, 400, "password", "at most 72 bytes"),
                ("common password", { $0.password = "Password123" }, 400, "password", "too easy to guess"),
                ("password is the email", { $0.password = "newperson-2027" }, 400, "password", "must not contain your email"),
                ("no role", { $0.memberships = [] }, 400, "role", "at least one role"),
                ("student without year", { $0.memberships = [.init(organisationId: school, role: .student)] }, 400, "year", "is required"),
                (
                    "student in year 6", { $0.memberships = [.init(organisationId: school, role: .student, yearGroup: 6)] }, 400, "year",
                    "outside Years 7–13"
                ),
                (
                    "role in the wrong kind of organisation", { $0.memberships = [.init(organisationId: hub, role: .careersLeader)] },
                    400, "role", "belongs to a school"
                ),
                (
                    "unknown organisation", { $0.memberships = [.init(organisationId: UUID(), role: .careersLeader)] }, 400, "org",
                    "does not exist"
                ),
                ("links without being a parent", { $0.linkedStudents = [student.id!] }, 400, "students", "only a parent"),
                (
                    "parent linked to a non-student",
                    {
                        $0.memberships = [.init(organisationId: school, role: .parent)]
                        $0.linkedStudents = [UUID()]
                    }, 400, "students", "is not a student"
                ),
                ("email taken, in any case", { $0.email = "PUPIL@school.test" }, 409, "email", "already exists"),
            ]
            for (label, change, status, field, message) in cases {
                var account = good
                change(&account)
                do {
                    _ = try await app.services.accounts.createUser(account)
                    Issue.record("\(label): was accepted")
                } catch let error as AppError {
                    #expect(Int(error.status.code) == status, "\(label)")
                    #expect(error.field == field, "\(label): field \(error.field ?? "nil")")
                    #expect(error.message.contains(message), "\(label): \(error.message)")
                }
                #expect(try await counts(app) == before, "\(label) stored something")
            }
            // And the good one goes in, with its email lower-cased.
            let created = try await app.services.accounts.createUser(good)
            #expect(created.email == "newperson@school.test")
            #expect(created.passwordHash?.hasPrefix("$2") == true)
        }
    }

    @Test func userCreateCommandGeneratesAPasswordAndJoinsNationalAdminsToTheConvenor() async throws {
        try await withApp { app in
            let admin = try await AccountCommands.createUser(
                email: "admin@wexchange.test", name: "Admin", role: .nationalAdmin,
                organisationId: nil, password: nil, services: app.services)
            let password = try #require(admin.generatedPassword)
            #expect(password.count == 19)
            #expect(
                try await app.services.authenticator.signIn(email: "admin@wexchange.test", password: password, address: "test").userId
                    == admin.id)
            let membership = try #require(
                try await MembershipModel.query(on: app.services.storage.database).filter(\.$user.$id == admin.id).first())
            let convenor = try await AccountCommands.nationalConvenor(app.services)
            #expect(membership.$organisation.id == convenor)
            // Any other role needs --org.
            await #expect(throws: AppError.self) {
                _ = try await AccountCommands.createUser(
                    email: "x@y.test", name: "X", role: .careersLeader, organisationId: nil,
                    password: nil, services: app.services)
            }
        }
    }
}

@Suite struct SchoolReferenceTests {
    @Test func aSchoolWithAKnownURNTakesItsFactsFromTheReferenceList() async throws {
        try await withApp { app in
            let db = app.services.storage.database
            let id = try await AccountCommands.createOrganisation(kind: .school, name: "", urn: 135423, services: app.services)
            let school = try #require(try await OrganisationModel.find(id, on: db))
            #expect(school.name == "Excelsior Academy")
            #expect(school.postcode == "NE15 6AF")
            #expect(school.localAuthority == "E08000021")
            #expect(school.phase == "State-funded secondary")
            #expect(school.fsmPercent == 63.5)
            let before = try await OrganisationModel.query(on: db).count()
            for (urn, status) in [(999_999_999, 400), (135423, 409)] {
                await #expect(throws: AppError.self) {
                    _ = try await AccountCommands.createOrganisation(kind: .school, name: "", urn: urn, services: app.services)
                }
                do {
                    _ = try await AccountCommands.createOrganisation(kind: .school, name: "", urn: urn, services: app.services)
                } catch let error as AppError {
                    #expect(Int(error.status.code) == status)
                    #expect(error.field == "urn")
                }
            }
            #expect(try await OrganisationModel.query(on: db).count() == before)
        }
    }
}
