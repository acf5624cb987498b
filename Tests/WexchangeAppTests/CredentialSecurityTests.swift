import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// The credential and account life-cycle findings of the security review, one test each: bearer
/// keys on pages, tokens outliving a password change or reset, reusable reset links, the open
/// redirect, account enumeration, cookie flags and lockout.
@Suite struct CredentialSecurityTests {
    static let madeUpCSRF = "wexc_" + String(repeating: "c", count: 64)

    /// A form sent with a bearer credential and a CSRF cookie the sender made up.
    static func bearerForm(_ credential: String) -> HTTPFields {
        [
            .authorization: "Bearer \(credential)", .cookie: "\(CSRF.cookie)=\(madeUpCSRF)",
            HTTPFields.Element.Name("X-CSRF-Token")!: madeUpCSRF, .contentType: "application/x-www-form-urlencoded",
        ]
    }

    // MARK: 1. Bearer credentials act only under /api

    @Test func aFeedKeyCannotInviteAMemberThroughThePages() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let usersBefore = try await UserModel.query(on: db).count()
            try await app.client { client in
                let fields = [
                    (CSRF.field, Self.madeUpCSRF), ("email", "attacker@evil.test"), ("name", "Mallory"), ("role", "provider_admin"),
                ]
                try await client.execute(
                    uri: "/organisation/invitations", method: .post, headers: Self.bearerForm(world.providerAKey),
                    body: formBody(fields)
                ) { response in
                    #expect(response.status == .unauthorized || response.status == .seeOther)
                    #expect(response.headers[.location]?.hasPrefix("/sign-in") ?? true)
                }
            }
            #expect(try await UserModel.query(on: db).count() == usersBefore)
            #expect(try await OutboxMessageModel.query(on: db).count() == 0)
            #expect(try await OneTimeTokenModel.query(on: db).count() == 0)
        }
    }

    @Test func aPersonalTokenCannotCreateAnotherTokenThroughThePages() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let token = try await world.token(.careersLeader)
            let db = app.services.storage.database
            try await app.client { client in
                try await client.execute(
                    uri: "/account/tokens", method: .post, headers: Self.bearerForm(token),
                    body: formBody([(CSRF.field, Self.madeUpCSRF), ("label", "persistence")])
                ) { response in
                    #expect(response.status == .unauthorized || response.status == .seeOther)
                }
            }
            #expect(try await AccessTokenModel.query(on: db).count() == 1)
        }
    }

    @Test func aFeedKeyMayManageListingsOnlyAndNothingAPersonDoes() {
        let provider = UUID()
        let feed = Requester.providerFeed(providerId: provider)
        let own = ListingFacts(providerId: provider, isPublished: false, isVirtual: false, hubId: nil)
        #expect(AccessPolicy.decide(feed, .manageOwnListings) == .allowed)
        #expect(AccessPolicy.decide(feed, .editListing(own)) == .allowed)
        #expect(AccessPolicy.decide(feed, .identifySelf) == .allowed)
        for action: AccessAction in [
            .manageOwnAccount, .manageMembers(OrganisationFacts(id: provider, kind: .provider)), .reportReview,
            .viewModerationQueue, .setProviderTrust, .viewAuditLog, .grantBadge(bodyId: provider),
        ] {
            #expect(AccessPolicy.decide(feed, action) == .forbidden, "\(action)")
        }
    }

    @Test func theAuditLogNamesTheRealActorAndCredential() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let token = try await world.token(.nationalAdmin)
            try await app.client { client in
                try await client.execute(
                    uri: "/api/v1/providers/\(world.providerB)/trust", method: .put, headers: bearer(token),
                    body: ByteBuffer(string: #"{"trusted": true}"#)
                ) { #expect($0.status == .ok) }
            }
            let entry = try #require(
                try await AuditEntryModel.query(on: app.services.storage.database).filter(\.$action == "provider.trust").first())
            #expect(entry.userId == world.users[.nationalAdmin])
            #expect(entry.actingAs == "national_admin")
            #expect(entry.credential == "personal API token “test”")
            let session = try await world.session(.nationalAdmin)
            try await app.client { client in
                try await client.execute(uri: "/audit", method: .get, headers: session.headers) { response in
                    #expect(response.text.contains("World National admin"))
                    #expect(response.text.contains("personal API token “test”"))
                }
            }
        }
    }

    // MARK: 2 and 3. Password changes and resets end every other credential

    static func me(_ client: any TestClientProtocol, _ token: String) async throws -> HTTPResponse.Status {
        try await client.execute(uri: "/api/v1/me", method: .get, headers: bearer(token)) { $0.status }
    }

    @Test func changingThePasswordRevokesTokensWhenAskedAndByDefault() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let kept = try await world.token(.careersLeader)
            try await app.client { client in
                // Unticked: the token is kept (the person said so).
                let first = try await world.session(.careersLeader)
                try await client.execute(
                    uri: "/account/password", method: .post, headers: first.formHeaders,
                    body: first.form([
                        ("current_password", TestWorld.password), ("password", "first new passphrase"),
                    ])
                ) { #expect($0.status == .seeOther) }
                #expect(try await Self.me(client, kept) == .ok)
                // Ticked, as the form is by default: every token goes.
                let second = try await world.session(.careersLeader)
                try await client.execute(
                    uri: "/account/password", method: .post, headers: second.formHeaders,
                    body: second.form([
                        ("current_password", "first new passphrase"), ("password", "second new passphrase"), ("revoke_tokens", "true"),
                    ])
                ) { #expect($0.status == .seeOther) }
                #expect(try await Self.me(client, kept) == .unauthorized)
                try await client.execute(uri: "/account", method: .get, headers: second.headers) { response in
                    #expect(response.status == .seeOther, "the session that made the change got a new one; this one ended")
                }
            }
            let viewer = try #require(
                Viewer(try await app.services.authenticator.identity(sessionToken: try await world.sessionToken(.careersLeader))))
            let page = AccountPage(viewer: viewer, email: "x", memberships: [])
            #expect(page.html.contains(#"name="revoke_tokens" value="true" checked="checked""#))
        }
    }

    /// Requests a reset for `email` through the form and lets the mailer answer it; returns the link's path.
    static func resetLink(_ app: TestApp, _ client: any TestClientProtocol, _ email: String) async throws -> String? {
        try await client.execute(
            uri: "/password-reset", method: .post, headers: AccountTests.anonymousCookie,
            body: formBody([(CSRF.field, AccountTests.anonymousCSRF), ("email", email)])
        ) { #expect($0.status == .ok) }
        try await app.services.passwords.sendQueuedResets(linkBase: "")
        let newest = try await OutboxMessageModel.query(on: app.services.storage.database).filter(\.$recipient == email).all().last
        return newest?.body.split(separator: "\n").first { $0.hasPrefix("/password-reset/") }.map(String.init)
    }

    static func choose(_ client: any TestClientProtocol, _ path: String, _ password: String) async throws -> HTTPResponse.Status {
        try await client.execute(
            uri: path, method: .post, headers: AccountTests.anonymousCookie,
            body: formBody([(CSRF.field, AccountTests.anonymousCSRF), ("password", password)])
        ) { $0.status }
    }

    @Test func aResetRevokesEveryTokenAndSessionAndVoidsEveryOtherLink() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let token = try await world.token(.assessor)
            let session = try await world.session(.assessor)
            try await app.client { client in
                let first = try #require(try await Self.resetLink(app, client, TestWorld.email(.assessor)))
                let second = try #require(try await Self.resetLink(app, client, TestWorld.email(.assessor)))
                #expect(first != second)
                #expect(try await Self.choose(client, first, "reset once and for all") == .seeOther)
                #expect(try await Self.choose(client, second, "a second reset attempt") == .notFound, "the other link is void")
                #expect(try await Self.me(client, token) == .unauthorized)
                try await client.execute(uri: "/account", method: .get, headers: session.headers) { #expect($0.status == .seeOther) }
                #expect(
                    try await AccountTests.signIn(client, email: TestWorld.email(.assessor), password: "reset once and for all").status
                        == 303)
            }
        }
    }

    @Test func changingThePasswordVoidsOutstandingResetLinks() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            try await app.client { client in
                let link = try #require(try await Self.resetLink(app, client, TestWorld.email(.schoolStaff)))
                let session = try await world.session(.schoolStaff)
                try await client.execute(
                    uri: "/account/password", method: .post, headers: session.formHeaders,
                    body: session.form([
                        ("current_password", TestWorld.password), ("password", "changed before the link"),
                    ])
                ) { #expect($0.status == .seeOther) }
                #expect(try await Self.choose(client, link, "someone else's choice") == .notFound)
            }
        }
    }

    // MARK: 4. No open redirect after signing in

    @Test(arguments: [
        "/\t/evil.example/x", "/\r/evil.example", "/\n/evil.example", "\\\\evil.example", "/\\evil.example", "//evil.example",
        "///evil.example", "javascript:alert(1)", "https://evil.example/", "evil.example", " /account", "/%09/evil.example\t",
    ])
    func unsafeNextPathsAreRefused(next: String) {
        #expect(Redirect.safeNext(next) == nil, "\(next.debugDescription)")
    }

    @Test(arguments: ["/account", "/opportunities/1?rated=1", "/?q=a%20b#results", "/%09/encoded-stays-a-path"])
    func pathsOnThisSiteAreKept(next: String) {
        #expect(Redirect.safeNext(next) == next)
    }

    @Test func signingInWithAnEncodedTabInNextStaysOnTheSite() async throws {
        try await withApp { app in
            _ = try await TestWorld.build(app)
            try await app.client { client in
                for next in ["/%09/evil.example/path", "%2F%5Cevil.example", "%2F%2Fevil.example"] {
                    try await client.execute(uri: "/sign-in?next=\(next)", method: .get) { response in
                        #expect(!response.text.contains("evil.example"), "\(next) is not carried into the form")
                    }
                    try await client.execute(
                        uri: "/sign-in", method: .post, headers: AccountTests.anonymousCookie,
                        body: ByteBuffer(
                            string:
                                "\(CSRF.field)=\(AccountTests.anonymousCSRF)&email=\(TestWorld.email(.student))&password=correct+horse+battery&next=\(next)"
                        )
                    ) { response in
                        #expect(response.status == .seeOther)
                        #expect(response.headers[.location] == "/home")
                    }
                }
            }
        }
    }

    // MARK: 5. Nobody can find out who has an account

    @Test func resetRequestsDoTheSameWorkAndAnswerForAnyAddress() async throws {
        try await withApp { app in
            _ = try await TestWorld.build(app)
            let db = app.services.storage.database
            try await app.client { client in
                func ask(_ email: String) async throws -> (HTTPResponse.Status, String) {
                    try await client.execute(
                        uri: "/password-reset", method: .post, headers: AccountTests.anonymousCookie,
                        body: formBody([(CSRF.field, AccountTests.anonymousCSRF), ("email", email)])
                    ) { ($0.status, $0.text) }
                }
                let known = try await ask(TestWorld.email(.parent)), unknown = try await ask("nobody@world.test")
                #expect(known.0 == .ok && unknown.0 == .ok)
                #expect(
                    known.1.replacingOccurrences(of: TestWorld.email(.parent), with: "")
                        == unknown.1.replacingOccurrences(of: "nobody@world.test", with: ""))
                // Both only queued: one row each, no link or email yet.
                #expect(try await PasswordResetRequestModel.query(on: db).count() == 2)
                #expect(try await OneTimeTokenModel.query(on: db).count() == 0)
                #expect(try await app.services.passwords.sendQueuedResets(linkBase: "") == 1)
                #expect(try await OutboxMessageModel.query(on: db).all().map(\.recipient) == [TestWorld.email(.parent)])
                // Answered once: a second pass sends nothing.
                #expect(try await app.services.passwords.sendQueuedResets(linkBase: "") == 0)
            }
        }
    }

    @Test func resetRequestsAreLimitedPerAccountAndPerNetworkAddress() async throws {
        try await withApp { app in
            _ = try await TestWorld.build(app)
            let db = app.services.storage.database
            let passwords = app.services.passwords
            for _ in 0..<5 { try await passwords.requestReset(email: TestWorld.email(.student), from: "10.0.0.1") }
            try await passwords.sendQueuedResets(linkBase: "")
            #expect(try await OutboxMessageModel.query(on: db).count() == PasswordService.linksPerAccountPerHour)
            for index in 0..<5 { try await passwords.requestReset(email: "x\(index)@x.test", from: "10.0.0.1") }
            await #expect(throws: AppError.self) { try await passwords.requestReset(email: "more@x.test", from: "10.0.0.1") }
            // Another network is not held up by this one.
            try await passwords.requestReset(email: "more@x.test", from: "10.0.0.2")
            #expect(try await PasswordResetRequestModel.query(on: db).count() == 11)
        }
    }

    @Test func invitingAnExistingAccountAnswersAsForAnyoneAndAddsTheRoleOnlyWhenAccepted() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let session = try await world.session(.careersLeader)
            try await app.client { client in
                for (email, name) in [(TestWorld.email(.providerStaff), "Existing person"), ("brand.new@world.test", "New person")] {
                    try await client.execute(
                        uri: "/organisation/invitations", method: .post, headers: session.formHeaders,
                        body: session.form([("email", email), ("name", name), ("role", "school_staff")])
                    ) { response in
                        #expect(response.status == .seeOther)
                        #expect(response.headers[.location] == "/organisation?done=invited")
                    }
                }
            }
            let existing = world.users[.providerStaff]!
            let before = try await MembershipModel.query(on: db).filter(\.$user.$id == existing).filter(\.$organisation.$id == world.school)
                .count()
            #expect(before == 0, "no role until they accept")
            let email = try #require(
                try await OutboxMessageModel.query(on: db).filter(\.$recipient == TestWorld.email(.providerStaff)).first())
            let path = try #require(email.body.split(separator: "\n").first { $0.contains("/invitations/wext_") })
            let link = String(path[path.range(of: "/invitations/")!.lowerBound...])
            try await app.client { client in
                try await client.execute(uri: link, method: .get, headers: AccountTests.anonymousCookie) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("Tyne Academy as school staff"))
                }
                try await client.execute(
                    uri: link, method: .post, headers: AccountTests.anonymousCookie,
                    body: formBody([(CSRF.field, AccountTests.anonymousCSRF)])
                ) { #expect($0.status == .seeOther) }
                // Spent.
                try await client.execute(
                    uri: link, method: .post, headers: AccountTests.anonymousCookie,
                    body: formBody([(CSRF.field, AccountTests.anonymousCSRF)])
                ) { #expect($0.status == .notFound) }
            }
            let after = try await MembershipModel.query(on: db).filter(\.$user.$id == existing).filter(\.$organisation.$id == world.school)
                .all()
            #expect(after.map(\.role) == ["school_staff"])
            // Their password is unchanged.
            try await app.client { client in
                let status = try await AccountTests.signIn(client, email: TestWorld.email(.providerStaff), password: TestWorld.password)
                    .status
                #expect(status == 303)
            }
        }
    }

    // MARK: 6. Cookie flags follow PUBLIC_URL; forwarded headers only from trusted proxies

    static func sessionCookie(_ client: any TestClientProtocol, extra: HTTPFields = [:]) async throws -> String? {
        var headers = AccountTests.anonymousCookie
        for field in extra { headers.append(field) }
        return try await AccountTests.signIn(client, email: TestWorld.email(.student), password: TestWorld.password, headers: headers)
            .setCookie
    }

    @Test func anHTTPSPublicURLMakesEveryCookieSecure() async throws {
        try await withApp(settings: .init(publicURL: "https://wexchange.example.org")) { app in
            _ = try await TestWorld.build(app)
            try await app.client { client in
                #expect(try await Self.sessionCookie(client)?.contains("Secure") == true)
                try await client.execute(uri: "/sign-in", method: .get) { response in
                    #expect(response.headers[values: .setCookie].allSatisfy { $0.contains("Secure") })
                }
            }
        }
    }

    @Test func forwardedHeadersCountOnlyFromATrustedProxy() async throws {
        let forwarded: HTTPFields = [ClientOriginMiddleware.forwardedProto: "https", ClientOriginMiddleware.forwardedFor: "203.0.113.9"]
        try await withApp { app in
            _ = try await TestWorld.build(app)
            try await app.client { client in
                let cookie = try await Self.sessionCookie(client, extra: forwarded)
                #expect(cookie?.contains("Secure") == false)
            }
        }
        try await withApp(settings: .init(trustedProxies: [TestPeer.address])) { app in
            _ = try await TestWorld.build(app)
            try await app.client { client in
                let cookie = try await Self.sessionCookie(client, extra: forwarded)
                #expect(cookie?.contains("Secure") == true)
            }
        }
    }

    // MARK: 7. Slowed down, never locked out

    @Test func failuresSlowTheAccountDownWithGrowingWaitsThatAResetLiftsAtOnce() async throws {
        try await withApp { app in
            _ = try await TestWorld.build(app)
            try await app.client { client in
                for _ in 0..<5 {
                    #expect(
                        try await AccountTests.signIn(client, email: TestWorld.email(.student), password: "guess guess guess").status == 401
                    )
                }
                let slowed = try await AccountTests.signIn(client, email: TestWorld.email(.student), password: TestWorld.password)
                #expect(slowed.status == 429)
                #expect(slowed.body.contains("try again in 1 second"))
                let link = try #require(try await Self.resetLink(app, client, TestWorld.email(.student)))
                #expect(try await Self.choose(client, link, "a fresh start for me") == .seeOther)
                #expect(
                    try await AccountTests.signIn(client, email: TestWorld.email(.student), password: "a fresh start for me").status == 303)
            }
        }
    }

    @Test func waitsGrowPerAccountAndAddressWhileTheOwnerElsewhereWaitsAtMostTheAccountCap() {
        let throttle = LoginThrottle()
        let start = Date(timeIntervalSince1970: 0)
        var now = start
        // An attacker at one address keeps guessing, as fast as they are let.
        var waits: [TimeInterval] = []
        for _ in 0..<12 {
            if let wait = throttle.wait(account: "victim@x.test", address: "198.51.100.7", now: now) {
                waits.append(wait)
                now = now.addingTimeInterval(wait)
            }
            throttle.recordFailure(account: "victim@x.test", address: "198.51.100.7", now: now)
        }
        #expect(waits == [1, 2, 4, 8, 16, 32, 64])
        // The owner, from home, is held up by the account's count only, and never beyond its cap.
        let ownerWait = throttle.wait(account: "victim@x.test", address: "192.0.2.1", now: now) ?? 0
        #expect(ownerWait <= throttle.limits.accountCap)
        // The attacker's own address keeps doubling (here 128 s), past what the owner waits.
        #expect((throttle.wait(account: "victim@x.test", address: "198.51.100.7", now: now) ?? 0) > throttle.limits.accountCap)
        throttle.clear(account: "victim@x.test")
        #expect(throttle.wait(account: "victim@x.test", address: "192.0.2.1", now: now) == nil)
    }
}
