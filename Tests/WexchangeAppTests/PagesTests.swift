import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

@Suite struct PagesTests {
    @Test func searchPageListsResultsNearAPostcode() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            let near = try await app.services.listings.create(
                providerID: provider.id, input: .mock("n", postcode: "NE1 4ST") { $0.title = "Nearby placement" })
            _ = try await app.services.listings.create(
                providerID: provider.id, input: .mock("f", postcode: "DH1 3LE") { $0.title = "Further placement" })
            try await app.client { client in
                try await client.execute(uri: "/?near=ne1+4st&within_km=40", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
                    let html = response.text
                    #expect(html.contains("<main id=\"main\">"))
                    #expect(html.contains("2 opportunities"))
                    let nearby = try #require(html.range(of: "Nearby placement")),
                        further = try #require(html.range(of: "Further placement"))
                    #expect(nearby.lowerBound < further.lowerBound)
                    #expect(html.contains("/opportunities/\(near.id.uuidString.lowercased())"))
                    #expect(html.contains("value=\"ne1 4st\""))
                }
                try await client.execute(uri: "/opportunities/\(near.id.uuidString.lowercased())", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("<h1>Nearby placement</h1>"))
                }
            }
        }
    }

    @Test func badFilterShowsAnErrorSummaryWith400() async throws {
        try await withApp { app in
            try await app.client { client in
                try await client.execute(uri: "/?near=ZZ99+9ZZ", method: .get) { response in
                    #expect(response.status == .badRequest)
                    #expect(response.text.contains("There is a problem"))
                    #expect(response.text.contains("ZZ99 9ZZ"))
                }
                try await client.execute(uri: "/opportunities/\(UUID())", method: .get) { response in
                    #expect(response.status == .notFound)
                    #expect(response.text.contains("Page not found"))
                }
            }
        }
    }

    @Test func aboutPageCitesTheDataSources() async throws {
        try await withApp { app in
            try await app.client { client in
                try await client.execute(uri: "/about", method: .get) { response in
                    #expect(response.text.contains("Open Government Licence v3.0"))
                    #expect(response.text.contains("Contains OS data © Crown copyright and database right 2024."))
                }
            }
        }
    }
}

@Suite struct SearchFormTests {
    @Test func anyChoicesSubmitAnEmptyValueSoTheyMeanNoFilter() {
        let html = SearchPage(parameters: [], today: CalendarDate(iso: "2027-01-10")!).html
        #expect(html.contains(#"<option value>Any type</option>"#) || html.contains(#"<option value="">Any type</option>"#))
        #expect(html.contains(#"<label for="near">Near postcode</label>"#))
    }
}
