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

    /// A family's questions on the opportunity page: how far, where on a map, what happens next;
    /// and "Back to search results" returns to the same search.
    @Test func theOpportunityPageKeepsTheSearchAndSaysWhatHappensNext() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let id = world.published.uuidString.lowercased()
            let leader = try await world.session(.careersLeader)
            try await app.client { client in
                let search = try await client.execute(uri: "/?near=NE4+7AF&year=10&q=engineering", method: .get) { ParsedHTML($0.text) }
                let link = search.elements.first { $0.value(of: "href")?.hasPrefix("/opportunities/\(id)") == true }?.value(of: "href")
                #expect(link == "/opportunities/\(id)?near=NE4%207AF&year=10&q=engineering")
                try await client.execute(uri: try #require(link), method: .get) { response in
                    let page = ParsedHTML(response.text)
                    let back = page.elements.first { $0.value(of: "class") == "back-link" }
                    #expect(back?.value(of: "href") == "/?near=NE4%207AF&year=10&q=engineering")
                    #expect(page.text.contains("Back to search results"))
                    // NE4 7AF to NE1 4ST is about 2 km.
                    #expect(page.text.range(of: #"\d\.\d km \(\d\.\d miles\) from NE4 7AF"#, options: .regularExpression) != nil)
                    #expect(page.elements.contains { $0.value(of: "href")?.hasPrefix("https://www.openstreetmap.org/?mlat=54.97") == true })
                    #expect(page.text.contains("What happens next"))
                    #expect(page.text.contains("Ask your school's careers leader"))
                }
                // Without a search (or with one that does not read) the page still opens, without a distance.
                for uri in ["/opportunities/\(id)", "/opportunities/\(id)?near=ZZ99+9ZZ", "/opportunities/\(id)?rated=1&year=99"] {
                    try await client.execute(uri: uri, method: .get) { response in
                        #expect(response.status == .ok, "\(uri)")
                        let page = ParsedHTML(response.text)
                        #expect(page.text.contains("Find other opportunities"), "\(uri)")
                        #expect(!page.text.contains("miles) from"), "\(uri)")
                    }
                }
                try await client.execute(uri: "/opportunities/\(id)", method: .get, headers: leader.headers) { response in
                    let text = ParsedHTML(response.text).text
                    #expect(text.contains("Request a place for a student here: Provider A accepts or declines within 10 days"))
                    #expect(response.text.contains("href=\"/opportunities/\(id)/request\""))
                    #expect(!text.contains("Ask your school's careers leader"))
                }
            }
        }
    }

    @Test func distancesReadInKilometresAndMiles() {
        #expect(DistanceStyle.text(3.5) == "3.5 km (2.2 miles)")
        #expect(DistanceStyle.text(25) == "25 km (16 miles)")
        #expect(DistanceStyle.text(0.4) == "0.4 km (0.2 miles)")
    }

    /// Fixed decimals without `vsnprintf` read as `String(format:)` does, for every value a page
    /// shows (distances, miles, coordinates, both signs).
    @Test func fixedPointMatchesPrintf() {
        var random = SeededRandom(seed: 5)
        for _ in 0..<20_000 {
            let value = (Double(random.next() % 40_000_000) / 100_000 - 100) * (random.next() % 2 == 0 ? 1 : 0.001)
            for places in [0, 1, 2, 5] {
                #expect(FixedPoint.text(value, places: places) == String(format: "%.\(places)f", value), "\(value) \(places)")
            }
        }
        #expect(FixedPoint.text(-0.0001, places: 2) == String(format: "%.2f", -0.0001))
        #expect(FixedPoint.text(54.97825, places: 5) == "54.97825")
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

    /// "Available from" and "until" are GOV.UK date inputs: the page reads the three boxes as the
    /// API's date, shows them again, carries the date in page links, and names a bad one plainly.
    @Test func dateFiltersAreTypedAsDayMonthAndYear() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            _ = try await app.services.listings.create(
                providerID: provider.id, input: .mock("july") { $0.title = "July placement" })
            _ = try await app.services.listings.create(
                providerID: provider.id,
                input: .mock("october") {
                    $0.title = "October placement"
                    $0.sessions = [.init(start: "2027-10-04", end: "2027-10-08")]
                })
            try await app.client { client in
                try await client.execute(
                    uri: "/?from-day=1&from-month=9&from-year=2027&to-day=&to-month=&to-year=&limit=1", method: .get
                ) { response in
                    #expect(response.status == .ok)
                    let page = ParsedHTML(response.text)
                    #expect(page.text.contains("October placement"))
                    #expect(!page.text.contains("July placement"))
                    #expect(page.elements.contains { $0.value(of: "name") == "from-month" && $0.value(of: "value") == "9" })
                    #expect(page.elements.contains { $0.value(of: "name") == "from-year" && $0.value(of: "value") == "2027" })
                    #expect(page.text.contains("More filters (1 in use)"))
                }
                try await client.execute(uri: "/?from-day=31&from-month=2&from-year=2027", method: .get) { response in
                    #expect(response.status == .badRequest)
                    let page = ParsedHTML(response.text)
                    #expect(page.text.contains("Enter the ‘available from’ date as a real date, like 1 6 2027"))
                    #expect(!page.text.contains("YYYY"))
                    #expect(page.elements.contains { $0.name == "a" && $0.value(of: "href") == "#from" })
                    #expect(page.elements.contains { $0.value(of: "id") == "from-error" })
                    // What was typed stays in the boxes.
                    #expect(page.elements.contains { $0.value(of: "name") == "from-day" && $0.value(of: "value") == "31" })
                }
                try await client.execute(
                    uri: "/?from-day=1&from-month=9&from-year=2027&to-day=1&to-month=8&to-year=2027", method: .get
                ) { response in
                    #expect(response.status == .badRequest)
                    #expect(response.text.contains("The ‘available until’ date must be on or after the ‘available from’ date"))
                }
                // Links (and the API) keep the one ISO parameter.
                try await client.execute(uri: "/?from=2027-09-01", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("October placement"))
                    #expect(!response.text.contains("July placement"))
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
        #expect(html.contains(#"<label for="near">Your postcode</label>"#))
    }

    /// Postcode, year, interest and words come first, before "More filters", which stays closed
    /// until one of its filters is used.
    @Test func theMainQuestionsComeFirstAndTheRestWaitInMoreFilters() throws {
        let plain = ParsedHTML(SearchPage(parameters: [], today: CalendarDate(iso: "2027-01-10")!).html)
        let controls = plain.elements.filter { ["input", "select", "button"].contains($0.name) }.compactMap {
            $0.value(of: "id") ?? $0.value(of: "type")
        }
        #expect(Array(controls.prefix(5)) == ["near", "year", "sector", "q", "submit"])
        let details = try #require(plain.elements.first { $0.name == "details" })
        #expect(details.value(of: "open") == nil)
        let filtered = SearchPage(parameters: [("type", "insight_day"), ("accredited", "true")], today: CalendarDate(iso: "2027-01-10")!)
        let open = try #require(ParsedHTML(filtered.html).elements.first { $0.name == "details" })
        #expect(open.value(of: "open") != nil)
        #expect(filtered.html.contains("More filters (2 in use)"))
    }

    @Test func resultsAreNumberedInPagesWithOneSortVocabulary() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            for number in 1...45 {
                _ = try await app.services.listings.create(
                    providerID: provider.id, input: .mock("p\(number)") { $0.title = "Placement \(number)" })
            }
            try await app.client { client in
                try await client.execute(uri: "/?near=NE1+4ST&page=2", method: .get) { response in
                    #expect(response.status == .ok)
                    let page = ParsedHTML(response.text)
                    #expect(page.text.contains("Showing 21 to 40 of 45 opportunities"))
                    let links = page.elements.filter { $0.name == "a" }.compactMap { $0.value(of: "href") }
                    #expect(links.contains("/?near=NE1%204ST&page=3"))
                    #expect(links.contains("/?near=NE1%204ST"))
                    #expect(
                        page.elements.contains {
                            $0.value(of: "aria-current") == "page" && $0.value(of: "href") == "/?near=NE1%204ST&page=2"
                        })
                    // Nearest first is chosen; best match is not offered without words.
                    let sortSelect = try #require(
                        page.tokens.firstIndex { if case .start(let e) = $0 { e.value(of: "id") == "sort" } else { false } })
                    let options = page.tokens[sortSelect...].prefix { $0 != .end("select") }.compactMap { token -> ParsedHTML.Element? in
                        if case .start(let element) = token, element.name == "option" { element } else { nil }
                    }
                    // The usual order (nearest, with a postcode) is sent as "" so it does not stick.
                    #expect(options.compactMap { $0.value(of: "value") } == ["", "soonest", "newest"])
                    #expect(options.first?.value(of: "selected") != nil)
                }
                // A sort left over from a postcode that was cleared is dropped, not an error.
                try await client.execute(uri: "/?near=&sort=distance", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(ParsedHTML(response.text).text.contains("45 opportunities"))
                }
                // The API keeps its precise errors.
                try await client.execute(uri: "/api/v1/opportunities?sort=distance", method: .get) { #expect($0.status == .badRequest) }
                try await client.execute(uri: "/?page=0", method: .get) { #expect($0.status == .badRequest) }
                try await client.execute(uri: "/api/v1/opportunities?page=2&cursor=abc", method: .get) { #expect($0.status == .badRequest) }
                // Any distance the API accepts shows as chosen.
                try await client.execute(uri: "/?near=NE1+4ST&within_km=20", method: .get) { response in
                    let chosen = ParsedHTML(response.text).elements.filter { $0.name == "option" && $0.value(of: "selected") != nil }
                    #expect(chosen.contains { $0.value(of: "value") == "20" })
                }
                try await client.execute(uri: "/api/v1/opportunities?page=3", method: .get) { response in
                    let json = try response.json()
                    #expect((json["items"] as? [Any])?.count == 5)
                }
            }
        }
    }
}
