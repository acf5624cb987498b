import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// Private calendar links: made on a page or through the API, shown once, the feed of a
/// student's own placements or of those a provider hosts (no names), and stopped at once by a
/// new link or by stopping it. A key that does not work gets 404 and never reaches the logs.
@Suite struct CalendarLinksTests {
    static func path(_ address: String) -> String {
        String(address.dropFirst(address.range(of: "/calendar/")!.lowerBound.utf16Offset(in: address)))
    }

    /// The address the page shows once, in its copy box.
    static func address(_ html: String) -> String? {
        ParsedHTML(html).elements.first { $0.value(of: "id") == CalendarLinkPage.addressField }?.value(of: "value")
    }

    @Test func aStudentsLinkShowsTheirPlacementsUntilItIsReplacedOrStopped() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let student = try await world.session(.student)
            try await app.client { client in
                try await client.execute(uri: CalendarRoutes.link.link, method: .get, headers: student.headers) {
                    #expect($0.status == .ok && ParsedHTML($0.text).text.contains("You have no calendar link."))
                }
                let made = try await ProviderPagesTests.post(client, CalendarRoutes.link.link, session: student, [])
                #expect(made.status == 200)
                let address = try #require(Self.address(made.body))
                #expect(address.hasPrefix("http://127.0.0.1:8080/calendar/wexcal_") && address.hasSuffix(".ics"))
                let first = Self.path(address)
                // Nothing confirmed yet: a calendar with no events.
                try await client.execute(uri: first, method: .get) {
                    #expect($0.status == .ok && $0.headers[.contentType] == "text/calendar; charset=utf-8")
                    #expect($0.text.hasPrefix("BEGIN:VCALENDAR\r\n") && !$0.text.contains("BEGIN:VEVENT"))
                    #expect($0.text.contains("X-WR-CALNAME:Test's work experience"))
                }
                // Confirmed: the placement is there, with where and when.
                let offer = try await PlacementRecordsTests.confirmed(world)
                try await client.execute(uri: first, method: .get) {
                    let lines = $0.text.components(separatedBy: "\r\n")
                    #expect(lines.contains("SUMMARY:Work experience: Engineering work placement"))
                    #expect(lines.contains("DTSTART;VALUE=DATE:20270705") && lines.contains("DTEND;VALUE=DATE:20270710"))
                    #expect(lines.contains(#"LOCATION:1 Grainger Street\, Newcastle\, NE1 4ST"#))
                    #expect(lines.contains("URL:http://127.0.0.1:8080/offers/\(offer.uuidString.lowercased())"))
                }
                // The same key without `.ics` works too; made again, the old one stops.
                try await client.execute(uri: String(first.dropLast(4)), method: .get) { #expect($0.status == .ok) }
                let again = try await ProviderPagesTests.post(client, CalendarRoutes.link.link, session: student, [])
                let second = Self.path(try #require(Self.address(again.body)))
                #expect(second != first)
                try await client.execute(uri: first, method: .get) { #expect($0.status == .notFound) }
                try await client.execute(uri: second, method: .get) { #expect($0.status == .ok) }
                try await client.execute(uri: CalendarRoutes.link.link, method: .get, headers: student.headers) {
                    let text = ParsedHTML($0.text).text
                    #expect(text.contains("Your link was made on 10 January 2027."))
                    #expect(!$0.text.contains("wexcal_"), "the address is shown only when made")
                }
                // Cancelled: gone from the calendar.
                try await app.services.offers.cancel(offer, reason: "Closed", by: try await world.identity(.providerAdmin))
                try await client.execute(uri: second, method: .get) { #expect(!$0.text.contains("BEGIN:VEVENT")) }
                let stopped = try await ProviderPagesTests.post(client, CalendarRoutes.stop.link, session: student, [])
                #expect(stopped.status == 303 && stopped.location == CalendarRoutes.link.link + "?done=stopped")
                try await client.execute(uri: second, method: .get) { #expect($0.status == .notFound) }
                for key in [
                    "nonsense", "wexcal_" + String(repeating: "0", count: 64) + ".ics", "wexcal_%0D%0A.ics",
                    String(second.dropFirst(10)).uppercased(),
                ] {
                    try await client.execute(uri: "/calendar/" + key, method: .get) { #expect($0.status == .notFound, "\(key)") }
                }
            }
            let audit = try await AuditEntryModel.query(on: app.services.storage.database)
                .filter(\.$action ~~ [AuditAction.calendarLink.rawValue, AuditAction.calendarStop.rawValue]).sort(\.$at).all()
            #expect(audit.map(\.action) == ["calendar.link", "calendar.link", "calendar.stop"])
        }
    }

    @Test func aProvidersLinkCountsStudentsAndNamesNobody() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            _ = try await PlacementRecordsTests.confirmed(world)
            let token = try await world.token(.providerAdmin)
            let student = try #require(try await StudentModel.find(world.studentRecord, on: app.services.storage.database))
            try await app.client { client in
                let url = try await client.execute(
                    uri: CalendarRoutes.apiLink.link, method: .post, headers: [.authorization: "Bearer \(token)"]
                ) { response -> String in
                    #expect(response.status == .created)
                    struct Made: Decodable { let url: String }
                    return try JSONDecoder().decode(Made.self, from: Data(response.text.utf8)).url
                }
                try await client.execute(uri: Self.path(url), method: .get) {
                    let lines = $0.text.components(separatedBy: "\r\n")
                    #expect(lines.contains("SUMMARY:Hosting 1 student: Engineering work placement"))
                    #expect(lines.contains("X-WR-CALNAME:Provider A: placements"))
                    #expect(!$0.text.contains(student.preferredName) && !$0.text.contains(student.legalSurname))
                }
                for _ in 0..<2 {
                    try await client.execute(
                        uri: CalendarRoutes.apiLink.link, method: .delete, headers: [.authorization: "Bearer \(token)"]
                    ) {
                        #expect($0.status == .noContent)
                    }
                }
                try await client.execute(uri: Self.path(url), method: .get) { #expect($0.status == .notFound) }
            }
        }
    }

    @Test func aKeyInAnAddressNeverReachesTheLogs() {
        let key = "wexcal_" + String(repeating: "ab", count: 32)
        #expect(ErrorMiddleware.redacted("/calendar/\(key).ics") == "/calendar/wexcal_[redacted].ics")
        #expect(ErrorMiddleware.redacted("/password-reset/wext_0123") == "/password-reset/wext_[redacted]")
    }
}
