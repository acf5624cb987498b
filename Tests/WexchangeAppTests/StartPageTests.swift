import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// Each role lands on its own start page after signing in, with what is waiting for it
/// (design-system issue); API tokens live on their own page, for the roles that use the API.
@Suite struct StartPageTests {
    func home(_ app: TestApp, _ session: BrowserSession, _ check: @escaping @Sendable (ParsedHTML) throws -> Void) async throws {
        try await app.client { client in
            try await client.execute(uri: AccountRoutes.home.link, method: .get, headers: session.headers) { response in
                #expect(response.status == .ok)
                try check(ParsedHTML(response.text))
            }
        }
    }

    @Test func aProviderSeesReturnedListingsByNameAndItsCounts() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            try await world.setStatus(world.waiting) { try $0.returnToProvider(reason: "Say who supervises.") }
            let edit = CatalogueRoutes.providerListing.link(world.waiting)
            try await home(app, try await world.session(.providerAdmin)) { page in
                #expect(page.text.contains("Listings that need changes"))
                #expect(page.text.contains("A moderator returned 1 listing"))
                #expect(page.elements.contains { $0.name == "a" && $0.value(of: "href") == edit })
                // published, submitted (blocked and the online one), draft.
                #expect(page.text.contains("1 published, 2 waiting for a moderator, 1 draft."))
                #expect(!page.text.contains("Listings to moderate"))
            }
        }
    }

    @Test func moderatorsSeeTheirQueueAndNationalAdminsTheCommentsToo() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            try await home(app, try await world.session(.hubCoordinator)) { hub in
                // The hub's queue: the waiting and blocked listings in Newcastle (the online one is national).
                #expect(hub.text.contains("2 listings are waiting for your decision."))
                #expect(!hub.text.contains("Review comments"))
            }
            try await home(app, try await world.session(.nationalAdmin)) { national in
                #expect(national.text.contains("1 listing is waiting for your decision."))
                #expect(national.text.contains("1 comment is waiting to be read."))
            }
            try await home(app, try await world.session(.assessor)) { assessor in
                #expect(assessor.text.contains("1 badge granted so far."))
            }
        }
    }

    @Test func aStudentIsPointedToSearchForTheirYearAndHasNoTokens() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let student = try await world.session(.student)
            try await home(app, student) { page in
                #expect(page.elements.contains { $0.name == "a" && $0.value(of: "href") == "/?year=10" })
                #expect(page.text.contains("ask your school's careers leader"))
                #expect(!page.text.contains("API"))
            }
            try await app.client { client in
                try await client.execute(uri: "/account", method: .get, headers: student.headers) { response in
                    #expect(!response.text.contains("API token"))
                    #expect(!response.text.contains("/account/tokens"))
                }
                try await client.execute(uri: "/account/tokens", method: .get, headers: student.headers) { response in
                    #expect(response.status == .forbidden)
                }
                try await client.execute(
                    uri: "/account/tokens", method: .post, headers: student.formHeaders, body: student.form([("label", "Mine")])
                ) { response in
                    #expect(response.status == .forbidden)
                }
            }
            #expect(try await AccessTokenModel.query(on: app.services.storage.database).filter(\.$label == "Mine").count() == 0)
        }
    }

    @Test func signingInLandsOnTheStartPage() async throws {
        try await withApp { app in
            _ = try await TestWorld.build(app)
            try await app.client { client in
                try await client.execute(
                    uri: "/sign-in", method: .post, headers: AccountTests.anonymousCookie,
                    body: formBody([
                        (CSRF.field, AccountTests.anonymousCSRF), ("email", TestWorld.email(.careersLeader)),
                        ("password", TestWorld.password),
                    ])
                ) { response in
                    #expect(response.status == .seeOther)
                    #expect(response.headers[.location] == "/home")
                }
            }
        }
    }
}
