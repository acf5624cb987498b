import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// What the README promises, point by point (issue 21): organisation integrity, strict inputs
/// with clear errors, and settings read as documented.
@Suite struct ReadmePromiseTests {
    static func refusal(_ body: () async throws -> Void) async -> AppError? {
        do {
            try await body()
            return nil
        } catch let error as AppError {
            return error
        } catch {
            Issue.record("unexpected \(error)")
            return nil
        }
    }

    // MARK: 1–3. Organisations

    @Test func aLocalAuthorityBelongsToOneHubAndMovesOnlyByCommand() async throws {
        try await withApp { app in
            let services = app.services
            let db = services.storage.database
            let first = try await AccountCommands.createOrganisation(
                kind: .careersHub, name: "Test Hub", localAuthorities: ["E08000021", "E08000037"],
                services: services)
            let taken = await Self.refusal {
                _ = try await AccountCommands.createOrganisation(
                    kind: .careersHub, name: "Hub 2", localAuthorities: ["E08000021"], services: services)
            }
            #expect(
                taken?.status == .conflict && taken?.message.contains("already belongs to Test Hub") == true, "\(String(describing: taken))"
            )
            #expect(try await OrganisationModel.query(on: db).filter(\.$name == "Hub 2").count() == 0)
            // The database refuses it too.
            await #expect(throws: (any Error).self) { try await HubAreaModel(localAuthority: "E08000021", hubID: first).create(on: db) }
            // In-person listings in Newcastle still go to Test Hub.
            #expect(try await HubAreas.load(on: db).hub(containing: "NE1 4ST", gazetteer: services.gazetteer) == first)

            let second = try await AccountCommands.createOrganisation(
                kind: .careersHub, name: "Gateshead Hub", localAuthorities: ["E08000022"],
                services: services)
            #expect(try await AccountCommands.moveLocalAuthority("E08000021", toHub: second, services: services) == "Test Hub")
            #expect(try await HubAreas.load(on: db).hub(containing: "NE1 4ST", gazetteer: services.gazetteer) == second)
            // A hub keeps at least one local authority.
            let last = await Self.refusal {
                _ = try await AccountCommands.moveLocalAuthority("E08000037", toHub: second, services: services)
            }
            #expect(last?.code == "last_local_authority")
        }
    }

    @Test func aSchoolsHubMustBeACareersHubThatExists() async throws {
        try await withApp { app in
            let services = app.services
            let school = try await AccountCommands.createOrganisation(kind: .school, name: "Tyne Academy", services: services)
            let notAHub = await Self.refusal {
                _ = try await AccountCommands.createOrganisation(kind: .school, name: "Second School", hubId: school, services: services)
            }
            #expect(notAHub?.message == "Tyne Academy is a school, not a Careers Hub")
            let unknown = await Self.refusal {
                _ = try await AccountCommands.createOrganisation(kind: .school, name: "Third School", hubId: UUID(), services: services)
            }
            #expect(unknown?.field == "hub" && unknown?.message.hasPrefix("there is no organisation with id") == true)
            #expect(try await OrganisationModel.query(on: services.storage.database).count() == 1)
        }
    }

    @Test func thereIsOneNationalConvenorAndEveryHubCoversSomewhere() async throws {
        try await withApp { app in
            let services = app.services
            _ = try await AccountCommands.createOrganisation(kind: .nationalConvenor, name: "National team", services: services)
            let second = await Self.refusal {
                _ = try await AccountCommands.createOrganisation(kind: .nationalConvenor, name: "Another", services: services)
            }
            #expect(second?.code == "convenor_exists")
            let empty = await Self.refusal {
                _ = try await AccountCommands.createOrganisation(kind: .careersHub, name: "Nowhere Hub", services: services)
            }
            #expect(empty?.field == "local_authority")
            let wrongKind = await Self.refusal {
                _ = try await AccountCommands.createOrganisation(
                    kind: .school, name: "A school", localAuthorities: ["E08000021"], services: services)
            }
            #expect(wrongKind?.field == "local_authority")
            #expect(try await OrganisationModel.query(on: services.storage.database).count() == 1)
        }
    }

    // MARK: 4. Demo logins only for accounts that exist

    @Test func demoLoginsAreOnlyThoseThatExist() async throws {
        try await withApp { app in
            _ = try await TestWorld.build(app)
            #expect(try await DemoAccounts().seedIfEmpty(app.services).isEmpty)
            #expect(try await DemoAccounts().existingLogins(app.services).isEmpty)
        }
        try await withApp { app in
            _ = try await DemoAccounts().seedIfEmpty(app.services)
            #expect(try await DemoAccounts().existingLogins(app.services) == DemoAccounts.logins)
        }
    }

    // MARK: 5. Each moderator's own queue; national admins oversee the rest

    @Test func nationalAdminsQueueIsOnlineAndUnhubbedListingsButTheyMayStillDecideAny() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let national = try await world.token(.nationalAdmin)
            try await app.client { client in
                let ids = try await client.execute(uri: "/api/v1/moderation/queue", method: .get, headers: bearer(national)) { response in
                    (try response.json()["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                }
                #expect(ids == [world.virtualWaiting.uuidString.lowercased()])
                try await client.execute(uri: "/api/v1/opportunities/\(world.waiting!)/approve", method: .post, headers: bearer(national)) {
                    #expect($0.status == .ok, "oversight: a national admin may still approve a hub's listing")
                }
            }
        }
    }

    // MARK: 7. One validator per kind of value

    @Test func providersContactDetailsFollowTheSameRulesAsAccounts() async throws {
        try await withApp { app in
            for (email, website, field) in [
                ("notanemail", nil, "email"), (nil, "not a url", "website"), (nil, "javascript:alert(1)", "website"),
                (nil, "ftp://example.org", "website"),
            ] as [(String?, String?, String)] {
                let error = await Self.refusal {
                    _ = try await ProviderCommands.create(
                        name: "Checked Ltd", kind: .employer, sizeBand: .small, sectors: [], website: website,
                        contactEmail: email, services: app.services)
                }
                #expect(error?.field == field, "\(String(describing: email)) \(String(describing: website))")
            }
            #expect(try await ProviderModel.query(on: app.services.storage.database).count() == 0)
            let created = try await ProviderCommands.create(
                name: "Checked Ltd", kind: .employer, sizeBand: .small, sectors: [],
                website: "https://checked.example.org", contactEmail: " Jobs@Checked.Example.org ",
                services: app.services)
            #expect(try await ProviderModel.find(created.id, on: app.services.storage.database)?.contactEmail == "jobs@checked.example.org")
        }
    }

    // MARK: 8. Booleans: exactly true or false, everywhere

    @Test func booleansAreExactlyTrueOrFalseInQueriesCSVAndSettings() async throws {
        try await withApp { app in
            try await app.client { client in
                for value in ["yes", "1", "TRUE", "maybe"] {
                    try await client.execute(uri: "/api/v1/opportunities?has_places=\(value)", method: .get) { response in
                        #expect(response.status == .badRequest)
                        let error = try response.json()["error"] as? [String: Any]
                        #expect((error?["message"] as? String)?.contains("use true or false") == true)
                    }
                }
                try await client.execute(uri: "/api/v1/opportunities?has_places=true&accredited=false", method: .get) {
                    #expect($0.status == .ok)
                }
            }
        }
        #expect(throws: CSVImportService.Failure.self) {
            _ = try CSVImportService.read(
                CSVImportTests.header.replacingOccurrences(of: ",skills\n", with: ",skills,private_home\n")
                    + "p1,T,S,workplace_visit,in_person,engineering-manufacturing,introduce_inspire,9,1 Road,NE1 3AF,1,5,1,2027-03-01/2027-03-01,,yes\n"
            )
        }
        #expect(throws: AppConfiguration.Invalid.self) { try AppConfiguration.load(environment: ["LOG_EMAILS": "yes"]) }
    }

    // MARK: 9. CSV errors name the physical line

    @Test func csvErrorsCountFileLinesAndUseCSVWords() throws {
        let rows =
            CSVImportTests.header + """
                p1,"A title","A summary
                over two lines",workplace_visit,in_person,engineering-manufacturing,introduce_inspire,9,1 Road,NE1 3AF,1,5,1,2027-03-01/2027-03-01,
                p2,Bad,Capacity,workplace_visit,in_person,engineering-manufacturing,introduce_inspire,9,1 Road,NE1 3AF,lots,5,1,2027-03-01/2027-03-01,

                """
        do {
            _ = try CSVImportService.read(rows)
            Issue.record("accepted a bad capacity")
        } catch let failure as CSVImportService.Failure {
            #expect(failure.problems.map(\.line) == [4], "\(failure)")
        }
    }

    @Test func duplicateAndMissingReferencesInACSVNameTheirLines() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            let row =
                "workplace_visit,in_person,engineering-manufacturing,introduce_inspire,9,1 Road,NE1 3AF,1,5,1,2027-03-01/2027-03-01,\n"
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("dup-\(UUID()).csv")
            try (CSVImportTests.header + "p1,One,S," + row + ",No reference,S," + row + "p1,Again,S," + row).write(
                to: url, atomically: true, encoding: .utf8)
            do {
                _ = try await CSVImportService.importFile(url, providerID: provider.id, services: app.services)
                Issue.record("accepted a duplicate")
            } catch let failure as CSVImportService.Failure {
                let messages = failure.problems.map { "line \($0.line ?? 0): \($0.message)" }
                #expect(messages.contains("line 3: is required on every row: give each row your own reference"), "\(messages)")
                #expect(messages.contains("line 4: 'p1' appears twice (first on line 2)"), "\(messages)")
            }
        }
    }

    // MARK: 10. The API refuses what it does not understand

    @Test func searchRefusesUnknownParametersAndADistanceWithoutAPlace() async throws {
        try await withApp { app in
            try await app.client { client in
                for (query, field) in [("bogus=1", "bogus"), ("within_km=20", "within_km"), ("near=NE1+4ST&withn_km=5", "withn_km")] {
                    try await client.execute(uri: "/api/v1/opportunities?\(query)", method: .get) { response in
                        #expect(response.status == .badRequest, "\(query)")
                        let error = try response.json()["error"] as? [String: Any]
                        #expect(error?["field"] as? String == field)
                    }
                }
                // Pages ignore what they do not use (links pick up tracking parameters).
                try await client.execute(uri: "/?utm_source=newsletter&within_km=20", method: .get) { #expect($0.status == .ok) }
            }
        }
    }

    // MARK: 11. Plain words

    @Test func messagesReadAsEnglish() async throws {
        #expect(AppError.invalid(ValidationFailure([AccountRules.studentYear(14)!])).message == "year 14 is outside Years 7–13")
        try await withApp { app in
            let school = try await AccountCommands.createOrganisation(kind: .school, name: "Tyne Academy", services: app.services)
            let error = await Self.refusal {
                _ = try await AccountCommands.createUser(
                    email: "a@b.test", name: "A", role: .assessor, organisationId: school, password: nil,
                    services: app.services)
            }
            #expect(error?.message == "an assessor belongs to an accreditation body, but Tyne Academy is a school")
            let missing = await Self.refusal {
                _ = try await AccountCommands.createUser(
                    email: "a@b.test", name: "A", role: .hubCoordinator, organisationId: nil, password: nil,
                    services: app.services)
            }
            #expect(missing?.message == "a hub coordinator needs --org (the id of their Careers Hub)")
        }
    }

    // MARK: 12. .env is read

    @Test func aDotEnvFileIsReadAndTheEnvironmentWins() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dotenv-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "# settings\nPORT=9123\nLOG_LEVEL=debug\nPUBLIC_URL=\"https://wexchange.example.org\"\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        let settings = try await AppConfiguration.environment(processEnvironment: ["LOG_LEVEL": "error"], dotEnvPath: path)
        let configuration = try AppConfiguration.load(environment: settings)
        #expect(configuration.port == 9123)
        #expect(configuration.logLevel == .error)
        #expect(configuration.resolvedPublicURL == "https://wexchange.example.org")
        // No file: the environment alone.
        #expect(try await AppConfiguration.environment(processEnvironment: ["PORT": "1"], dotEnvPath: path + "-missing") == ["PORT": "1"])
    }
}
