import Foundation
import Testing
@testable import WexchangeApp
import WexchangeTestSupport

/// Every link and form the pages can build goes to a registered route (typed paths make this
/// hold by construction; this test catches a path defined but never registered, or a link built
/// by hand).
@Suite struct LinkTests {
    @Test func everyLinkAndFormOnEveryPageResolvesToARegisteredRoute() async throws {
        // With the demo's `/design` page served, as its links point there.
        try await withApp(settings: TestSettings(showsDesignExamples: true)) { app in
            let routes = app.routes.entries.map { entry in
                (
                    method: entry.method,
                    pattern: try! Regex(
                        "^" + entry.path.replacingOccurrences(of: #"\{[a-z_]+\}"#, with: "[^/]+", options: .regularExpression) + "$")
                )
            }
            var checked = 0
            for (name, page) in try PageSamples.all("sample") {
                for element in ParsedHTML(page.html).elements {
                    let target: (method: String, url: String)? =
                        switch element.name {
                        case "a", "link": element.value(of: "href").map { ("GET", $0) }
                        case "form": element.value(of: "action").map { ((element.value(of: "method") ?? "get").uppercased(), $0) }
                        default: nil
                        }
                    guard let target, target.url.hasPrefix("/") else { continue }
                    let path = String(target.url.prefix { $0 != "?" && $0 != "#" })
                    checked += 1
                    #expect(
                        routes.contains { $0.method == target.method && path.wholeMatch(of: $0.pattern) != nil },
                        "\(name): \(target.method) \(target.url) is not a registered route")
                }
            }
            #expect(checked > 50)
        }
    }
}
