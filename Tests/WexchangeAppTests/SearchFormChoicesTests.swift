import Foundation
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeSearch
import WexchangeTestSupport

/// The search form's selects are kept per choice, or as templates with a hole per option's
/// label: whatever was asked, each select must show the address's choice as chosen and the
/// facet counts of this search.
@Suite struct SearchFormChoicesTests {
    struct Option: Equatable {
        let value: String
        let selected: Bool
        let label: String
    }

    /// Every select of the page by name, with its options.
    static func selects(_ html: String) -> [String: [Option]] {
        var selects: [String: [Option]] = [:]
        var select: String?
        var option: (value: String, selected: Bool)?
        var label = ""
        for token in ParsedHTML(html).tokens {
            switch token {
            case .start(let element) where element.name == "select": select = element.value(of: "name")
            case .start(let element) where element.name == "option":
                option = (element.value(of: "value") ?? "", element.attributes.contains { $0.name == "selected" })
                label = ""
            case .text(let text) where option != nil: label += text
            case .end("option"):
                if let select, let option {
                    selects[select, default: []].append(Option(value: option.value, selected: option.selected, label: label))
                }
                option = nil
            case .end("select"): select = nil
            default: continue
            }
        }
        return selects
    }

    static let addresses: [[(String, String)]] = [
        [], [("year", "10")], [("sector", "digital")], [("sector", "")], [("near", "NE1 4ST"), ("within_km", "20")],
        [("near", "NE1 4ST"), ("within_km", "10"), ("type", "work_placement"), ("send", "wheelchair_access")],
        [("year", "10"), ("year", "11")], [("min_rating", "4.5"), ("has_places", "true"), ("stage", "apply_demonstrate")],
    ]

    @Test func everySelectShowsTheChoiceAndTheCounts() async throws {
        try await withApp { app in
            _ = try await TestWorld.build(app)
            let index = app.services.catalogue.index
            for parameters in Self.addresses {
                let query = try OpportunityQuery.parse(parameters, gazetteer: app.services.gazetteer)
                let result = index.search(query, today: app.services.today)
                #expect(result.total > 0 || !parameters.isEmpty)
                // Twice: the first render makes what is kept, the second reads it.
                for _ in 0..<2 {
                    var page = SearchPage(parameters: parameters, today: app.services.today)
                    page.query = query
                    page.result = result
                    try Self.check(Self.selects(page.html), parameters: parameters, query: query, result: result)
                }
            }
        }
    }

    static func check(
        _ selects: [String: [Option]], parameters: [(String, String)], query: OpportunityQuery, result: CatalogueIndex.Result
    )
        throws
    {
        for name in ["year", "sector", "type", "mode", "stage", "send", "min_rating", "within_km"] {
            let options = try #require(selects[name], "no \(name) select")
            let chosen = options.filter(\.selected).map(\.value)
            let asked = parameters.filter { $0.0 == name }.map(\.1)
            if name == "within_km" {
                #expect(chosen == (query.near != nil && query.withinKm != 25 ? [asked.last ?? ""] : [""]), "\(parameters)")
            } else {
                #expect(chosen == asked.filter { value in options.contains { $0.value == value } }, "\(name) in \(parameters)")
            }
        }
        let sectors = try #require(selects["sector"])
        for sector in Sector.allCases {
            #expect(sectors.first { $0.value == sector.rawValue }?.label == "\(sector.label) (\(result.facets.sectors[sector] ?? 0))")
        }
        let types = try #require(selects["type"])
        #expect(types.dropFirst().map(\.label) == OpportunityType.allCases.map { "\($0.label) (\(result.facets.types[$0] ?? 0))" })
    }

    /// The pagination's links are joined from the first page's address: each must be the
    /// address the query itself gives for that page.
    @Test func pageLinksAreTheQuerysOwnAddressForEachPage() throws {
        let addresses = Self.addresses + [[("limit", "5"), ("sort", "newest")], [("q", "a&b=c"), ("page", "3")]]
        for parameters in addresses {
            var query = try OpportunityQuery.parse(parameters, gazetteer: .bundled)
            var page = SearchPage(parameters: parameters, today: CalendarDate(iso: "2027-01-10")!)
            page.query = query
            let links = page.pageLinks
            query.cursor = nil
            for number in 1...4 {
                query.page = number
                #expect(links(number) == CatalogueRoutes.search.link(query: query.parameters), "\(parameters) page \(number)")
            }
        }
    }
}
