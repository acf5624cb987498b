import Foundation
import Testing
@testable import WexchangeApp

/// Links are joined from their route's pattern, not searched and replaced; ids and query values
/// are written by hand, so they are checked against Foundation's own formatting here.
@Suite struct SitePathTests {
    @Test func aLinkFillsTheOneParameter() {
        let id = UUID()
        #expect(SitePath1<UUID>("/opportunities/{id}").link(id) == "/opportunities/\(id.uuidString.lowercased())")
        #expect(SitePath1<UUID>("/moderation/{id}/approve").link(id) == "/moderation/\(id.uuidString.lowercased())/approve")
        #expect(SitePath1<String>("/invitations/{token}").link("a b/c") == "/invitations/a%20b%2Fc")
        for _ in 0..<1_000 {
            let id = UUID()
            #expect(id.pathComponent == id.uuidString.lowercased() && id.hex(uppercase: true) == id.uuidString)
        }
    }

    @Test func queryValuesAreEncodedAndReadBackAsTyped() throws {
        let values = ["NE1 4ST", "a&b=c", "100%", "Café ☕️", "<script>", "x+y", "~._-", "", "\"'#?/"]
        let query = SitePaths.queryString(values.map { ("q", $0) })
        #expect(query.hasPrefix("?q=NE1%204ST&q=a%26b%3Dc&q=100%25&q=Caf%C3%A9"))
        #expect(query.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: " ") })
        let read = try #require(URLComponents(string: "/" + query)?.queryItems).map { $0.value ?? "" }
        #expect(read == values)
        #expect(SitePaths.queryString([]) == "")
    }
}
