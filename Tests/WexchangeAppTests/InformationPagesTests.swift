import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeTestSupport

/// The pages every public service publishes (design-system issue): linked from every page's
/// footer, with real content, and the service's address only when one is configured.
@Suite struct InformationPagesTests {
    static let pages = [
        ("/accessibility", "Accessibility statement for Wexchange"), ("/privacy", "Privacy notice"), ("/cookies", "Cookies"),
        ("/contact", "Contact"),
    ]

    @Test func everyPageLinksToThemAndShowsThePhaseBanner() async throws {
        try await withApp { app in
            try await app.client { client in
                for (path, heading) in Self.pages {
                    try await client.execute(uri: path, method: .get) { response in
                        #expect(response.status == .ok, "\(path)")
                        let page = ParsedHTML(String(buffer: response.body))
                        #expect(page.elements.filter { $0.name == "h1" }.count == 1, "\(path)")
                        #expect(page.text.contains(heading), "\(path)")
                    }
                }
                for uri in ["/", "/about", "/sign-in", "/no-such-page"] {
                    try await client.execute(uri: uri, method: .get) { response in
                        let page = ParsedHTML(String(buffer: response.body))
                        let links = Set(page.elements.filter { $0.name == "a" }.compactMap { $0.value(of: "href") })
                        #expect(links.isSuperset(of: Self.pages.map(\.0)), "\(uri): \(links.sorted())")
                        #expect(page.text.contains("This is a new service."), "\(uri)")
                    }
                }
            }
        }
    }

    @Test func theServiceAddressAppearsOnlyWhenConfigured() async throws {
        try await withApp { app in
            try await app.client { client in
                try await client.execute(uri: "/contact", method: .get) { response in
                    let page = ParsedHTML(String(buffer: response.body))
                    #expect(!page.elements.contains { $0.value(of: "href")?.hasPrefix("mailto:") == true })
                    #expect(page.text.contains("has not published an email address"))
                }
            }
        }
        try await withApp(settings: TestSettings(contactEmail: "help@wexchange.example.org")) { app in
            try await app.client { client in
                for path in ["/contact", "/privacy", "/accessibility"] {
                    try await client.execute(uri: path, method: .get) { response in
                        let page = ParsedHTML(String(buffer: response.body))
                        #expect(page.elements.contains { $0.value(of: "href") == "mailto:help@wexchange.example.org" }, "\(path)")
                    }
                }
            }
        }
    }

    /// The cookies page names every cookie the service sets, from the same constants.
    @Test func theCookiesPageListsEveryCookieTheServiceSets() {
        #expect(CookiesPage().rows.map(\.name) == [IdentityMiddleware.sessionCookie, CSRF.cookie])
        #expect(CookiesPage().rows[0].expires.contains("12 hours"))
    }

    @Test func aContactAddressMustBeAnEmailAddress() throws {
        let configuration = try AppConfiguration.load(environment: ["CONTACT_EMAIL": "help@wexchange.example.org"])
        #expect(configuration.contactEmail == "help@wexchange.example.org")
        #expect(throws: AppConfiguration.Invalid.self) { try AppConfiguration.load(environment: ["CONTACT_EMAIL": "javascript:alert(1)"]) }
        let refused = #expect(throws: AppConfiguration.Invalid.self) {
            try AppConfiguration.load(environment: ["CONTACT_EMAIL": "not an address"])
        }
        #expect(refused?.problems == ["CONTACT_EMAIL 'not an address' is not an email address such as help@wexchange.example.org"])
    }
}

/// `/design` shows every component, only where it is switched on (`serve --demo`).
@Suite struct DesignExamplesTests {
    @Test func servedOnlyInTheDemo() async throws {
        try await withApp { app in
            try await app.client { client in
                try await client.execute(uri: "/design", method: .get) { #expect($0.status == .notFound) }
            }
        }
        try await withApp(settings: TestSettings(showsDesignExamples: true)) { app in
            try await app.client { client in
                try await client.execute(uri: "/design", method: .get) { response in
                    #expect(response.status == .ok)
                    let page = ParsedHTML(String(buffer: response.body))
                    for component in DesignExamplesPage.components {
                        #expect(page.text.contains(component.name), "\(component.name)")
                    }
                    #expect(page.elements.contains { $0.value(of: "id") == "error-summary" })
                    #expect(page.elements.contains { $0.value(of: "id") == "example_date-month" })
                    #expect(page.elements.contains { $0.value(of: "aria-current") == "page" })
                }
            }
        }
    }
}
