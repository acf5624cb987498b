import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

@Suite struct BadgeTests {
    static func accreditedTotal(_ client: any TestClientProtocol) async throws -> Int {
        try await client.execute(uri: "/api/v1/opportunities?accredited=true", method: .get) { try $0.json()["total"] as? Int ?? -1 }
    }

    @Test func anAssessorGrantsABadgeThatShowsInSearchAndRevokesIt() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let session = try await world.session(.assessor)
            // Provider B has one published listing; its world badge is dropped so it starts unaccredited.
            try await ProviderBadgeModel.query(on: app.services.storage.database).delete()
            try await app.services.catalogue.refresh()
            let keyB = try await app.makeProviderKey(world.providerB)
            try await app.client { client in
                try await client.execute(
                    uri: "/api/v1/feed", method: .put, headers: bearer(keyB), body: jsonBody(FeedRequestDTO(items: [.mock("b1")]))
                ) { _ in }
                try await world.setStatus(
                    try #require(
                        try await OpportunityModel.query(on: app.services.storage.database)
                            .filter(\.$externalId == "b1").first()
                    ).requireID()
                ) { try $0.approve() }
                #expect(try await Self.accreditedTotal(client) == 0)

                func grant(_ fields: [(String, String)]) async throws -> (Int, String) {
                    try await client.execute(uri: "/badges", method: .post, headers: session.formHeaders, body: session.form(fields)) {
                        (Int($0.status.code), $0.text)
                    }
                }
                /// The date as the page's day, month and year boxes send it.
                func expires(_ day: String, _ month: String, _ year: String) -> [(String, String)] {
                    [("expires-day", day), ("expires-month", month), ("expires-year", year)]
                }
                let past = try await grant([("provider", "Provider B"), ("name", "Careers quality award")] + expires("31", "12", "2026"))
                #expect(past.0 == 400 && past.1.contains("is in the past"))
                let ambiguous = try await grant(
                    [("provider", "Provider"), ("name", "Careers quality award")] + expires("31", "12", "2027"))
                #expect(ambiguous.0 == 400 && ambiguous.1.contains("2 providers match"))
                let noDate = try await grant([("provider", "provider b"), ("name", "Careers quality award")] + expires("", "", ""))
                #expect(noDate.0 == 400 && noDate.1.contains("Enter the expiry date"))
                #expect(!noDate.1.contains("YYYY"))
                // An impossible date is kept in the boxes and named in plain words.
                let impossible = try await grant(
                    [("provider", "provider b"), ("name", "Careers quality award")] + expires("31", "2", "2027"))
                #expect(impossible.0 == 400 && impossible.1.contains("The expiry date must be a real date, like 31 3 2028"))
                #expect(impossible.1.contains(#"name="expires-month" inputmode="numeric" size="2" class="width-2" value="2""#))
                #expect(try await ProviderBadgeModel.query(on: app.services.storage.database).count() == 0)

                let granted = try await grant(
                    [
                        ("provider", "provider b"), ("name", "Careers quality award"), ("evidence", "Visited 3 Dec; standards met."),
                    ] + expires("31", "12", "2027"))
                #expect(granted.0 == 303)
                #expect(try await Self.accreditedTotal(client) == 1)
                let badge = try #require(try await ProviderBadgeModel.query(on: app.services.storage.database).first())
                #expect(badge.bodyId == world.body)
                #expect(badge.grantedBy == "Quality Body")

                // Another body's assessor may not revoke it.
                let otherBody = try await AccountCommands.createOrganisation(
                    kind: .accreditationBody, name: "Other Body", services: app.services)
                let other = try await app.services.accounts.createUser(
                    .init(
                        email: "other@world.test", name: "Other", password: TestWorld.password,
                        memberships: [.init(organisationId: otherBody, role: .assessor)]))
                let otherMembership = try #require(
                    try await MembershipModel.query(on: app.services.storage.database).filter(\.$user.$id == other.id!).first())
                let otherToken = try await app.services.authenticator.issuePersonalToken(
                    userId: other.id!, membershipId: otherMembership.id!, label: "t")
                try await client.execute(
                    uri: "/api/v1/badges/\(badge.id!)/revoke", method: .post, headers: bearer(otherToken),
                    body: ByteBuffer(string: #"{"reason": "mine now"}"#)
                ) { #expect($0.status == .forbidden) }

                let token = try await world.token(.assessor)
                try await client.execute(
                    uri: "/api/v1/badges/\(badge.id!)/revoke", method: .post, headers: bearer(token),
                    body: ByteBuffer(string: #"{}"#)
                ) { #expect($0.status == .badRequest) }
                #expect(try await Self.accreditedTotal(client) == 1)
                try await client.execute(
                    uri: "/api/v1/badges/\(badge.id!)/revoke", method: .post, headers: bearer(token),
                    body: ByteBuffer(string: #"{"reason": "Standards no longer met."}"#)
                ) { #expect($0.status == .noContent) }
                #expect(try await Self.accreditedTotal(client) == 0)
                try await client.execute(
                    uri: "/api/v1/badges/\(badge.id!)/revoke", method: .post, headers: bearer(token),
                    body: ByteBuffer(string: #"{"reason": "again"}"#)
                ) { #expect($0.status == .conflict) }
            }
            let audit = try await AuditEntryModel.query(on: app.services.storage.database).sort(\.$action).all()
            #expect(audit.map(\.action) == ["badge.grant", "badge.revoke"])
            #expect(audit.last?.reason == "Standards no longer met.")
        }
    }

    @Test func badgeRulesCheckNameDatesAndEvidence() {
        let today = CalendarDate(iso: "2027-01-10")!
        #expect(throws: Never.self) { try BadgeRules.grant(name: "Award", expires: "2027-01-10", evidence: nil, today: today).get() }
        for (name, expires, evidence, field) in [
            ("", "2027-06-01", nil, "name"), (String(repeating: "n", count: 101), "2027-06-01", nil, "name"),
            ("Award", "2027-01-09", nil, "expires"), ("Award", "1 June", nil, "expires"), ("Award", "2033-01-01", nil, "expires"),
            ("Award", "2027-06-01", String(repeating: "e", count: 2001), "evidence"),
        ] as [(String, String, String?, String)] {
            guard case .failure(let failure) = BadgeRules.grant(name: name, expires: expires, evidence: evidence, today: today) else {
                Issue.record("accepted \(name.prefix(10)) \(expires)")
                continue
            }
            #expect(failure.errors.map(\.field) == [field])
        }
    }
}
