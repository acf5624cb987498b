import Foundation
import WexchangeHTML
import WexchangeCore
import WexchangeSearch

extension SearchPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Find work experience", viewer: viewer, problem: error != nil,
            [
                .h1("Find work experience"),
                ErrorSummary.render(error.map { [.init(field: $0.parameter, message: PlainWords.capitalised($0.message))] } ?? []),
                form,
                results,
            ])
    }

    private var form: Node {
        return .form(
            .method("get"), .action(CatalogueRoutes.search.link), .class("search-form"), .ariaLabel("Search filters"),
            PageLayout.labelled("q", "Words to search for", PageLayout.textInput("q", value: value("q"), type: "search")),
            PageLayout.labelled(
                "near", "Near postcode",
                PageLayout.textInput(
                    "near", value: value("near"), autocomplete: "postal-code", hinted: true,
                    size: 10),
                hint: "For example NE1 4ST or NE1. Online opportunities are always included."),
            PageLayout.labelled(
                "within_km", "Distance",
                select(
                    "within_km",
                    [
                        ("", "25 km"), ("5", "5 km"), ("10", "10 km"),
                        ("40", "40 km"), ("80", "80 km"), ("200", "200 km"),
                    ])),
            PageLayout.labelled("year", "Year group", select("year", [("", "Any year")] + YearGroup.range.map { ("\($0)", "Year \($0)") })),
            PageLayout.labelled(
                "type", "Type", select("type", [("", "Any type")] + options(OpportunityType.self, facet: result?.facets.types))),
            PageLayout.labelled(
                "mode", "How it is delivered",
                select("mode", [("", "In person, hybrid or online")] + options(DeliveryMode.self, facet: result?.facets.modes))),
            PageLayout.labelled(
                "sector", "Sector", select("sector", [("", "Any sector")] + options(Sector.self, facet: result?.facets.sectors))),
            PageLayout.labelled("stage", "Stage", select("stage", [("", "Any stage")] + options(Stage.self, facet: result?.facets.stages))),
            PageLayout.labelled(
                "send", "Support needed", select("send", [("", "No particular adjustment")] + options(SendAdjustment.self, facet: nil))),
            PageLayout.labelled("from", "Available from", PageLayout.textInput("from", value: value("from"), type: "date")),
            PageLayout.labelled("to", "Available until", PageLayout.textInput("to", value: value("to"), type: "date")),
            checkbox("has_places", "Only with places left"),
            checkbox("accredited", "Only accredited providers"),
            PageLayout.labelled(
                "min_rating", "Provider rating",
                select(
                    "min_rating",
                    [
                        ("", "Any rating"), ("3", "3 stars or more"),
                        ("4", "4 stars or more"), ("4.5", "4.5 stars or more"),
                    ])),
            PageLayout.labelled(
                "sort", "Order",
                select("sort", [("", "Best for my search")] + OpportunityQuery.Sort.allCases.map { ($0.rawValue, $0.label) })),
            PageLayout.submit("Search"))
    }

    private func options<T: Taxonomy>(_: T.Type, facet: [T: Int]?) -> [(String, String)] {
        T.allCases.map { value in (value.rawValue, facet.map { "\(value.label) (\($0[value] ?? 0))" } ?? value.label) }
    }

    private func select(_ name: String, _ choices: [(String, String)]) -> Node {
        PageLayout.select(name, choices) { isChosen(name, $0) }
    }

    private func checkbox(_ name: String, _ label: String) -> Node {
        PageLayout.checkbox(name: name, label: label, checked: isChosen(name, "true"))
    }

    private var results: Node {
        guard let result, let query else { return .empty }
        return .section(
            .ariaLabel("Results"),
            .h2(.id("results-heading"), .text(result.total == 1 ? "1 opportunity" : "\(result.total) opportunities")),
            query.near.map {
                .p(.class("hint"), .text("Within \(Int(query.withinKm)) km of \($0.postcode), nearest first; then online opportunities."))
            } ?? .empty,
            result.hits.isEmpty
                ? .p("Nothing matches these filters. Try a larger distance or fewer filters.")
                : .ol(
                    .class("results"), .id("results"), .ariaLabelledBy("results-heading"),
                    .forEach(result.hits) { hit in
                        .li(OpportunityCard(hit: hit, today: today).node)
                    }),
            .nav(
                .class("pagination"), .ariaLabel("Pages"),
                firstPageLink.map { .a(.href($0), "First page") } ?? .empty,
                nextPageLink.map { .a(.href($0), .rel("next"), "Next page") } ?? .empty)
        )
    }
}
