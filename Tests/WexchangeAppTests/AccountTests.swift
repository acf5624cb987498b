import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// Signing in and out, sessions, CSRF, throttling and passwords, through the pages.
@Suite struct AccountTests {
    static let anonymousCSRF = "wexc_" + String(repeating: "a", count: 64)
    static let anonymousCookie: HTTPFields = [
        .cookie: "\(CSRF.cookie)=\(anonymousCSRF)", .contentType: "application/x-www-form-urlencoded",
    ]

    /// Posts the sign-in form; returns the status, the session cookie if one was set, and the page.
    static func signIn(
        _ client: any TestClientProtocol, email: String, password: String,
        headers: HTTPFields = anonymousCookie
    ) async throws -> (status: Int, cookie: String?, setCookie: String?, body: String) {
        try await client.execute(
            uri: "/sign-in", method: .post, headers: headers,
            body: formBody([(CSRF.field, anonymousCSRF), ("email", email), ("password", password)])
        ) { response in
            let setCookie = response.headers[values: .setCookie].first { $0.hasPrefix(IdentityMiddleware.sessionCookie + "=") }
            let cookie = setCookie.map { String($0.prefix { $0 != ";" }) }
            return (Int(response.status.code), cookie, setCookie, response.text)
        }
    }

    @Test func signingInSetsAProtectedSessionCookieThatOpensTheAccountPage() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            try await app.client { client in
                let result = try await Self.signIn(client, email: "  CAREERS_LEADER@world.test ", password: TestWorld.password)
                #expect(result.status == 303)
                let setCookie = try #require(result.setCookie)
                #expect(setCookie.contains("HttpOnly"))
                #expect(setCookie.contains("SameSite=Lax"))
                #expect(setCookie.contains("Path=/"))
                #expect(!setCookie.contains("Secure"), "plain HTTP in tests: Secure would stop the browser sending it")
                let cookie = try #require(result.cookie)
                try await client.execute(uri: "/account", method: .get, headers: [.cookie: cookie]) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("World Careers leader"))
                    #expect(response.text.contains("Tyne Academy"))
                    #expect(response.text.contains("Sign out"))
                }
            }
            // The cookie holds a token whose hash, not the token, is stored.
            let sessions = try await SessionModel.query(on: app.services.storage.database).filter(
                \.$user.$id == world.users[.careersLeader]!
            ).all()
            #expect(sessions.count == 1)
            #expect(sessions.allSatisfy { $0.tokenHash.count == 64 && !$0.tokenHash.hasPrefix("wexs_") })
        }
    }

    @Test func behindATLSProxyTheCookieIsSecure() async throws {
        // The proxy's X-Forwarded-Proto is believed because it is a trusted proxy (issue 18).
        try await withApp(settings: .init(trustedProxies: [TestPeer.address])) { app in
            _ = try await TestWorld.build(app)
            try await app.client { client in
                var headers = Self.anonymousCookie
                headers[HTTPFields.Element.Name("X-Forwarded-Proto")!] = "https"
                let result = try await Self.signIn(client, email: TestWorld.email(.student), password: TestWorld.password, headers: headers)
                #expect(result.setCookie?.contains("Secure") == true)
            }
        }
    }

    @Test func wrongPasswordAndUnknownEmailGetTheSameAnswerAndNoSession() async throws {
        try await withApp { app in
            _ = try await TestWorld.build(app)
            try await app.client { client in
                let wrong = try await Self.signIn(client, email: TestWorld.email(.student), password: "not the password")
                let unknown = try await Self.signIn(client, email: "nobody@world.test", password: "not the password")
                #expect(wrong.status == 401 && unknown.status == 401)
                #expect(wrong.cookie == nil && unknown.cookie == nil)
                #expect(
                    wrong.body.contains("The email address or password is not right")
                        || wrong.body.contains("the email address or password is not right"))
                #expect(
                    wrong.body.replacingOccurrences(of: TestWorld.email(.student), with: "")
                        == unknown.body.replacingOccurrences(of: "nobody@world.test", with: ""))
            }
            #expect(try await SessionModel.query(on: app.services.storage.database).count() == 0)
        }
    }

    /// Issue 18 changed lockout into growing waits: five failures from one address make the next
    /// attempt wait a second (doubling after each further failure), and the page says so.
    @Test func repeatedFailuresSlowTheAccountDownWithAClearMessage() async throws {
        try await withApp { app in
            _ = try await TestWorld.build(app)
            try await app.client { client in
                for _ in 0..<5 {
                    #expect(try await Self.signIn(client, email: TestWorld.email(.student), password: "guess guess guess").status == 401)
                }
                // The next attempt, even with the right password, must wait; the page says why and what to do.
                let locked = try await Self.signIn(client, email: TestWorld.email(.student), password: TestWorld.password)
                #expect(locked.status == 429)
                #expect(locked.cookie == nil)
                #expect(locked.body.contains("Too many sign-in attempts; try again in 1 second, or reset your password to sign in at once"))
                // Another account is not locked by them.
                #expect(try await Self.signIn(client, email: TestWorld.email(.parent), password: TestWorld.password).status == 303)
            }
        }
    }

    @Test func theThrottleAlsoCountsPerAddressAndForgetsAfterItsWindow() {
        let throttle = LoginThrottle(limits: .init(perAccount: 100, perAddress: 3, window: 60))
        let start = Date(timeIntervalSince1970: 0)
        for index in 0..<3 { throttle.recordFailure(account: "user\(index)@x.test", address: "10.0.0.1", now: start) }
        // Past the address's allowance the next attempt waits (1 s, doubling with each failure).
        #expect(throttle.wait(account: "someone-else@x.test", address: "10.0.0.1", now: start) == 1)
        #expect(throttle.wait(account: "someone-else@x.test", address: "10.0.0.2", now: start) == nil)
        #expect(throttle.wait(account: "someone-else@x.test", address: "10.0.0.1", now: start.addingTimeInterval(61)) == nil)
    }

    @Test func formsWithoutTheCSRFTokenAreRefusedAndChangeNothing() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let session = try await world.session(.careersLeader)
            let before = try #require(try await UserModel.find(world.users[.careersLeader]!, on: app.services.storage.database))
                .passwordHash
            try await app.client { client in
                for token in [nil, "wexc_" + String(repeating: "f", count: 64)] {
                    let fields =
                        [("current_password", TestWorld.password), ("password", "a brand new passphrase")]
                        + (token.map { [(CSRF.field, $0)] } ?? [])
                    try await client.execute(uri: "/account/password", method: .post, headers: session.formHeaders, body: formBody(fields))
                    { response in
                        #expect(response.status == .forbidden)
                        #expect(response.text.contains("this form has expired"))
                    }
                }
                // Signed out, the sign-in form needs its cookie and field to agree.
                try await client.execute(
                    uri: "/sign-in", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                    body: formBody([(CSRF.field, Self.anonymousCSRF), ("email", "a@b.test"), ("password", "x")])
                ) { response in
                    #expect(response.status == .forbidden)
                }
            }
            let after = try #require(try await UserModel.find(world.users[.careersLeader]!, on: app.services.storage.database)).passwordHash
            #expect(before == after)
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let session = try await world.session(.hubCoordinator)
            try await app.client { client in
                try await client.execute(uri: "/sign-out", method: .post, headers: session.formHeaders, body: session.form()) { response in
                    #expect(response.status == .seeOther)
                    #expect(response.headers[values: .setCookie].contains { $0.hasPrefix("wex_session=;") && $0.contains("Max-Age=0") })
                }
                try await client.execute(uri: "/account", method: .get, headers: session.headers) { response in
                    #expect(response.status == .seeOther)
                    #expect(response.headers[.location] == "/sign-in?next=/account")
                }
            }
        }
    }

    @Test func changingPasswordChecksTheOldOneAndTheRulesThenEndsOtherSessions() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let session = try await world.session(.providerAdmin)
            let other = try await world.session(.providerAdmin)
            let db = app.services.storage.database
            let before = try #require(try await UserModel.find(world.users[.providerAdmin]!, on: db)).passwordHash
            try await app.client { client in
                func change(_ current: String, _ new: String) async throws -> (Int, String, String?) {
                    try await client.execute(
                        uri: "/account/password", method: .post, headers: session.formHeaders,
                        body: session.form([("current_password", current), ("password", new)])
                    ) {
                        (Int($0.status.code), $0.text, $0.headers[values: .setCookie].first)
                    }
                }
                let wrongCurrent = try await change("not my password", "a brand new passphrase")
                #expect(wrongCurrent.0 == 400 && wrongCurrent.1.contains("Current password is not right"))
                let tooShort = try await change(TestWorld.password, "short")
                #expect(tooShort.0 == 400 && tooShort.1.contains("at least 10 characters"))
                let common = try await change(TestWorld.password, "password123")
                #expect(common.0 == 400 && common.1.contains("too easy to guess"))
                #expect(try #require(try await UserModel.find(world.users[.providerAdmin]!, on: db)).passwordHash == before)

                let done = try await change(TestWorld.password, "a brand new passphrase")
                #expect(done.0 == 303)
                let newCookie = try #require(done.2).prefix { $0 != ";" }
                try await client.execute(uri: "/account?changed=password", method: .get, headers: [.cookie: String(newCookie)]) {
                    response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("Your password has been changed."))
                }
                // Both earlier sessions are over.
                for old in [session.headers, other.headers] {
                    try await client.execute(uri: "/account", method: .get, headers: old) { #expect($0.status == .seeOther) }
                }
                #expect(try await Self.signIn(client, email: TestWorld.email(.providerAdmin), password: TestWorld.password).status == 401)
                #expect(
                    try await Self.signIn(client, email: TestWorld.email(.providerAdmin), password: "a brand new passphrase").status == 303)
            }
        }
    }

    @Test func passwordResetSendsAOneTimeLinkOnlyToKnownAccounts() async throws {
        try await withApp { app in
            _ = try await TestWorld.build(app)
            let db = app.services.storage.database
            try await app.client { client in
                func request(_ email: String) async throws -> (Int, String) {
                    try await client.execute(
                        uri: "/password-reset", method: .post, headers: Self.anonymousCookie,
                        body: formBody([(CSRF.field, Self.anonymousCSRF), ("email", email)])
                    ) { (Int($0.status.code), $0.text) }
                }
                let unknown = try await request("nobody@world.test")
                #expect(unknown.0 == 200 && unknown.1.contains("If nobody@world.test has a Wexchange account"))
                // Requests are answered in the background (the same work for any address).
                try await app.services.passwords.sendQueuedResets(linkBase: "")
                #expect(try await OutboxMessageModel.query(on: db).count() == 0)
                let malformed = try await request("not an email")
                #expect(malformed.0 == 400)

                let known = try await request(TestWorld.email(.assessor))
                #expect(known.0 == 200)
                try await app.services.passwords.sendQueuedResets(linkBase: "")
                let message = try #require(try await OutboxMessageModel.query(on: db).first())
                #expect(message.recipient == TestWorld.email(.assessor))
                let link = try #require(message.body.split(separator: "\n").first { $0.contains("/password-reset/wext_") })
                let path = String(link[link.range(of: "/password-reset/")!.lowerBound...])

                try await client.execute(uri: path, method: .get, headers: Self.anonymousCookie) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("Choose a new password"))
                }
                func choose(_ password: String) async throws -> (Int, String?) {
                    try await client.execute(
                        uri: path, method: .post, headers: Self.anonymousCookie,
                        body: formBody([(CSRF.field, Self.anonymousCSRF), ("password", password)])
                    ) {
                        (Int($0.status.code), $0.headers[values: .setCookie].first)
                    }
                }
                #expect(try await choose("short").0 == 400)
                let chosen = try await choose("new and memorable words")
                #expect(chosen.0 == 303 && chosen.1?.hasPrefix("wex_session=") == true)
                // Spent: the same link cannot be used twice.
                #expect(try await choose("another memorable phrase").0 == 404)
                #expect(try await Self.signIn(client, email: TestWorld.email(.assessor), password: TestWorld.password).status == 401)
                #expect(try await Self.signIn(client, email: TestWorld.email(.assessor), password: "new and memorable words").status == 303)
            }
        }
    }

    @Test func switchingRoleActsThroughTheOtherMembership() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            // The careers leader also coordinates the hub.
            let extra = MembershipModel(userID: world.users[.careersLeader]!, organisationID: world.hub, role: Role.hubCoordinator.rawValue)
            try await extra.create(on: db)
            let session = try await world.session(.careersLeader)
            try await app.client { client in
                try await client.execute(uri: "/moderation", method: .get, headers: session.headers) { #expect($0.status == .forbidden) }
                try await client.execute(
                    uri: "/account/membership", method: .post, headers: session.formHeaders,
                    body: session.form([("membership_id", try extra.requireID().uuidString)])
                ) {
                    #expect($0.status == .seeOther)
                }
                try await client.execute(uri: "/moderation", method: .get, headers: session.headers) { #expect($0.status == .ok) }
                // Someone else's membership cannot be taken over.
                try await client.execute(
                    uri: "/account/membership", method: .post, headers: session.formHeaders,
                    body: session.form([("membership_id", world.memberships[.nationalAdmin]!.uuidString)])
                ) {
                    #expect($0.status == .notFound)
                }
            }
        }
    }

    @Test func aPersonCreatesAPersonalTokenSeenOnceAndCanRevokeIt() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let session = try await world.session(.hubCoordinator)
            try await app.client { client in
                try await client.execute(
                    uri: "/account/tokens", method: .post, headers: session.formHeaders,
                    body: session.form([("label", " ")])
                ) { #expect($0.status == .badRequest) }
                let token = try await client.execute(
                    uri: "/account/tokens", method: .post, headers: session.formHeaders,
                    body: session.form([("label", "Hub dashboard")])
                ) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.cacheControl] == "no-store")
                    return try #require(
                        response.text.range(of: #"wexu_[0-9a-f]{64}"#, options: .regularExpression).map { String(response.text[$0]) })
                }
                try await client.execute(uri: "/account/tokens", method: .get, headers: session.headers) { response in
                    let text = ParsedHTML(response.text).text
                    #expect(text.contains("Hub dashboard"))
                    #expect(text.contains("Hub coordinator"))
                    #expect(!response.text.contains(token))
                }
                try await client.execute(uri: "/api/v1/me", method: .get, headers: bearer(token)) { response in
                    let me = try response.json()
                    #expect(me["role"] as? String == "hub_coordinator")
                    #expect(me["credential"] as? String == "personal_token")
                }
                let row = try #require(
                    try await AccessTokenModel.query(on: app.services.storage.database).filter(\.$label == "Hub dashboard").first())
                try await client.execute(
                    uri: AccountRoutes.accountTokenRevoke.link(row.id!), method: .post, headers: session.formHeaders,
                    body: session.form()
                ) { #expect($0.status == .seeOther) }
                try await client.execute(uri: "/api/v1/me", method: .get, headers: bearer(token)) { #expect($0.status == .unauthorized) }
            }
        }
    }

    @Test func nationalAdminsMarkAProviderTrustedSoItsListingsPublishAtOnce() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let admin = try await world.token(.nationalAdmin)
            try await app.client { client in
                try await client.execute(
                    uri: "/api/v1/providers/\(world.providerA)/trust", method: .put, headers: bearer(admin),
                    body: ByteBuffer(string: #"{"trusted": "yes"}"#)
                ) { #expect($0.status == .badRequest) }
                try await client.execute(
                    uri: "/api/v1/providers/\(UUID())/trust", method: .put, headers: bearer(admin),
                    body: ByteBuffer(string: #"{"trusted": true}"#)
                ) { #expect($0.status == .notFound) }
                try await client.execute(
                    uri: "/api/v1/providers/\(world.providerA)/trust", method: .put, headers: bearer(admin),
                    body: ByteBuffer(string: #"{"trusted": true}"#)
                ) { #expect($0.status == .ok) }
                try await client.execute(
                    uri: "/api/v1/opportunities", method: .post, headers: bearer(world.providerAKey),
                    body: jsonBody(OpportunityInput.mock("trusted-now"))
                ) { response in
                    let status = try response.json()["status"] as? String
                    #expect(status == "published")
                }
            }
            let audit = try await AuditEntryModel.query(on: app.services.storage.database).all()
            #expect(audit.map(\.action) == ["provider.trust"])
        }
    }
}

@Suite struct CredentialSweeperTests {
    @Test func expiredSessionsAndSpentOrExpiredLinksAreDeleted() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let user = world.users[.student]!, membership = world.memberships[.student]!
            let live = SessionModel(
                tokenHash: "live", userID: user, membershipID: membership, csrfToken: "c", expiresAt: testNow.addingTimeInterval(60))
            let old = SessionModel(
                tokenHash: "old", userID: user, membershipID: membership, csrfToken: "c", expiresAt: testNow.addingTimeInterval(-60))
            let usable = OneTimeTokenModel(
                tokenHash: "usable", userID: user, purpose: .passwordReset, expiresAt: testNow.addingTimeInterval(60))
            let lapsed = OneTimeTokenModel(
                tokenHash: "lapsed", userID: user, purpose: .invitation, expiresAt: testNow.addingTimeInterval(-1))
            let spent = OneTimeTokenModel(
                tokenHash: "spent", userID: user, purpose: .passwordReset, expiresAt: testNow.addingTimeInterval(60))
            spent.usedAt = testNow
            for row in [live, old] as [any Model] + [usable, lapsed, spent] { try await row.create(on: db) }
            let sweeper = CredentialSweeper(
                storage: app.services.storage, now: { testNow }, interval: .seconds(1), logger: app.services.logger)
            #expect(try await sweeper.sweep() == 3)
            #expect(try await SessionModel.query(on: db).all().map(\.tokenHash).contains("live"))
            #expect(try await !SessionModel.query(on: db).all().map(\.tokenHash).contains("old"))
            #expect(try await OneTimeTokenModel.query(on: db).all().map(\.tokenHash) == ["usable"])
        }
    }
}
