import Foundation
import WexchangeHTML
import WexchangeCore
import WexchangeSearch

extension SearchPageModel: PageView {
    var document: HTMLDocument {
        PageLayout.render(title: "Find work experience", viewer: viewer, [
            .h1("Find work experience"),
            error.map { error in
                .div(.class("error-summary"), .role("alert"), .tabindex(-1), .id("error-summary"),
                     .h2("There is a problem"),
                     .p(.a(.href("#\(error.parameter)"), .text(error.message))))
            } ?? .empty,
            form,
            results,
        ])
    }

    private var form: Node {
        return .form(.method("get"), .action(Routes.Link.search), .class("search-form"), .ariaLabel("Search filters"),
            PageLayout.labelled("q", "Words to search for", PageLayout.textInput("q", value: value("q"), type: "search")),
            PageLayout.labelled("near", "Near postcode", PageLayout.textInput("near", value: value("near"), autocomplete: "postal-code", hinted: true,
                                                                             size: 10),
                                hint: "For example NE1 4ST or NE1. Online opportunities are always included."),
            PageLayout.labelled("within_km", "Distance", select("within_km", [("", "25 km"), ("5", "5 km"), ("10", "10 km"),
                                                                              ("40", "40 km"), ("80", "80 km"), ("200", "200 km")])),
            PageLayout.labelled("year", "Year group", select("year", [("", "Any year")] + YearGroup.range.map { ("\($0)", "Year \($0)") })),
            PageLayout.labelled("type", "Type", select("type", [("", "Any type")] + options(OpportunityType.self, facet: result?.facets.types))),
            PageLayout.labelled("mode", "How it is delivered", select("mode", [("", "In person, hybrid or online")] + options(DeliveryMode.self, facet: result?.facets.modes))),
            PageLayout.labelled("sector", "Sector", select("sector", [("", "Any sector")] + options(Sector.self, facet: result?.facets.sectors))),
            PageLayout.labelled("stage", "Stage", select("stage", [("", "Any stage")] + options(Stage.self, facet: result?.facets.stages))),
            PageLayout.labelled("send", "Support needed", select("send", [("", "No particular adjustment")] + options(SendAdjustment.self, facet: nil))),
            PageLayout.labelled("from", "Available from", PageLayout.textInput("from", value: value("from"), type: "date")),
            PageLayout.labelled("to", "Available until", PageLayout.textInput("to", value: value("to"), type: "date")),
            checkbox("has_places", "Only with places left"),
            checkbox("accredited", "Only accredited providers"),
            PageLayout.labelled("min_rating", "Provider rating", select("min_rating", [("", "Any rating"), ("3", "3 stars or more"),
                                                                                     ("4", "4 stars or more"), ("4.5", "4.5 stars or more")])),
            PageLayout.labelled("sort", "Order", select("sort", [("", "Best for my search")] + OpportunityQuery.Sort.allCases.map { ($0.rawValue, $0.label) })),
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
            query.near.map { .p(.class("hint"), .text("Within \(Int(query.withinKm)) km of \($0.postcode), nearest first; then online opportunities.")) } ?? .empty,
            result.hits.isEmpty ? .p("Nothing matches these filters. Try a larger distance or fewer filters.") :
                .ol(.class("results"), .id("results"), .ariaLabelledBy("results-heading"), .forEach(result.hits) { hit in
                    .li(OpportunityCard(hit: hit, today: today).node)
                }),
            .nav(.class("pagination"), .ariaLabel("Pages"),
                 firstPageLink.map { .a(.href($0), "First page") } ?? .empty,
                 nextPageLink.map { .a(.href($0), .rel("next"), "Next page") } ?? .empty)
        )
    }
}

/// One result in the list.
struct OpportunityCard {
    let hit: CatalogueIndex.Hit
    let today: CalendarDate

    var node: Node {
        let details = hit.entry.details
        return .article(
            .class("card"),
            hit.distanceKm.map { .attribute("data-distance-km", String(format: "%.2f", $0)) } ?? .empty,
            .h3(.a(.href(Routes.Link.opportunity(hit.entry.id)), .text(details.title))),
            .p(.class("provider"), .text(hit.provider?.name ?? "")),
            .p(.text(details.summary)),
            .dl(.class("facts"),
                fact("Type", details.type.label),
                fact("Where", details.mode == .virtual ? "Online" : [details.location?.postcode, hit.distanceKm.map { Self.distance($0) }]
                        .compactMap { $0 }.joined(separator: ", ") + (details.mode == .hybrid ? " (hybrid)" : "")),
                fact("When", Self.dates(details.schedule)),
                fact("Years", details.years.map(String.init).joined(separator: ", ")),
                fact("Places left", "\(hit.entry.placesLeft) of \(details.capacity)"),
                fact("Rating", Self.rating(hit.provider?.rating))),
            Self.badges(hit.provider?.currentBadges(on: today) ?? [])
        )
    }

    private func fact(_ term: String, _ value: String) -> Node {
        .div(.dt(.text(term)), .dd(.text(value)))
    }

    static func rating(_ rating: ProviderRating?) -> String {
        guard let rating else { return "Not yet rated" }
        return "\(rating.rounded) out of 5 (\(rating.count) rating\(rating.count == 1 ? "" : "s"))"
    }

    static func distance(_ km: Double) -> String { String(format: "%.1f km away", km) }

    static func dates(_ schedule: Schedule) -> String {
        switch schedule {
        case .fixed(let sessions):
            let first = sessions[0]
            let text = first.start == first.end ? "\(first.start)" : "\(first.start) to \(first.end)"
            return sessions.count == 1 ? text : "\(text) and \(sessions.count - 1) more"
        case .flexible(let weeks):
            return weeks.count == 1 ? "Week of \(weeks[0].monday)" : "Flexible: \(weeks.count) weeks from \(weeks[0].monday)"
        }
    }

    static func badges(_ badges: [CatalogueProvider.Badge]) -> Node {
        guard !badges.isEmpty else { return .empty }
        return .ul(.class("badges"), .ariaLabel("Accreditation"), .forEach(badges) { badge in
            .li(.class("badge"), .text("\(badge.name) (until \(badge.expires))"))
        })
    }
}
