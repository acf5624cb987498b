import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// The audit log reads as words (design-system issue): events, roles and subjects by name, never
/// codes or ids, and long logs come a page at a time.
@Suite struct AuditLogPageTests {
    @Test func namesEventsRolesAndSubjectsInWords() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let admin = try await world.session(.nationalAdmin)
            let actor = AuditActor(userId: world.users[.hubCoordinator], actingAs: Role.hubCoordinator.rawValue, credential: "signed in")
            try await AuditLog.record(.listingApprove, world.published, by: actor, at: testNow, in: db)
            try await AuditLog.record(.badgeRevoke, world.badge, reason: "Expired evidence", by: actor, at: testNow, in: db)
            try await AuditLog.record(.memberRemove, world.users[.student]!, by: .commandLine, at: testNow, in: db)
            try await AuditLog.record(.reviewHide, world.review, by: actor, at: testNow, in: db)
            try await AuditLog.record(.providerTrust, world.providerB, by: .commandLine, at: testNow, in: db)
            try await AuditLog.record(.listingReturn, UUID(), by: .commandLine, at: testNow, in: db)
            try await app.client { client in
                try await client.execute(uri: OrganisationRoutes.audit.link, method: .get, headers: admin.headers) { response in
                    #expect(response.status == .ok)
                    let text = ParsedHTML(String(buffer: response.body)).text
                    for words in [
                        "Approved listing", "Listing “Engineering work placement”", "Revoked badge",
                        "Badge “Careers quality award” of Provider B",
                        "Expired evidence", "Removed member", "World Student (student@world.test)", "Hid review comment",
                        "Review of “Engineering work placement”", "Trusted provider", "Provider Provider B", "World Hub coordinator",
                        "Hub coordinator", "Command line", "System", "opportunity (no longer stored)", "Showing 1 to 6 of 6 entries",
                    ] {
                        #expect(text.contains(words), "\(words)")
                    }
                    for code in ["listing.approve", "badge.revoke", "hub_coordinator", world.published.uuidString.lowercased()] {
                        #expect(!text.contains(code), "\(code)")
                    }
                }
            }
        }
    }

    @Test func aLongLogComesAPageAtATimeAndKeepsItsSubject() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let admin = try await world.session(.nationalAdmin)
            for minute in 0..<(AuditTrail.pageSize + 5) {
                try await AuditLog.record(
                    .badgeGrant, world.badge, reason: "grant \(minute)", by: .commandLine,
                    at: testNow.addingTimeInterval(Double(minute) * 60),
                    in: db)
            }
            try await AuditLog.record(.providerTrust, world.providerB, by: .commandLine, at: testNow, in: db)
            let subject = OrganisationRoutes.audit(subject: world.badge)
            try await app.client { client in
                try await client.execute(uri: subject, method: .get, headers: admin.headers) { response in
                    let page = ParsedHTML(String(buffer: response.body))
                    #expect(page.text.contains("Showing 1 to 50 of 55 entries"))
                    #expect(page.text.contains("grant 54"))
                    #expect(!page.text.contains("grant 4 "))
                    #expect(!page.text.contains("Trusted provider"))
                    let next = page.elements.first { $0.name == "a" && $0.value(of: "rel") == "next" }?.value(of: "href")
                    #expect(next == subject + "&page=2")
                }
                try await client.execute(uri: subject + "&page=2", method: .get, headers: admin.headers) { response in
                    let text = ParsedHTML(String(buffer: response.body)).text
                    #expect(text.contains("Showing 51 to 55 of 55 entries"))
                    #expect(text.contains("grant 0"))
                    #expect(!text.contains("grant 54"))
                }
                // A page past the end shows the last page, not an empty list or an error.
                try await client.execute(uri: subject + "&page=9", method: .get, headers: admin.headers) { response in
                    #expect(response.status == .ok)
                    #expect(ParsedHTML(String(buffer: response.body)).text.contains("Showing 51 to 55 of 55 entries"))
                }
            }
        }
    }
}
