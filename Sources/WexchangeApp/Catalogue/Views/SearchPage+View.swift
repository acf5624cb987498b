import Foundation
import WexchangeHTML
import WexchangeCore
import WexchangeSearch

extension SearchPage: PageView {
    static let formId = "search-form"

    var document: HTMLDocument {
        PageLayout.render(
            title: "Find work experience", viewer: viewer, problem: error != nil,
            [
                ErrorSummary.render(error.map { [.init(field: $0.parameter, message: plainError ?? "")] } ?? []),
                .h1("Find work experience"),
                .div(.class("search-layout"), form, results),
            ])
    }

    /// Postcode, year, interest and words first; the other filters in "More filters", a side
    /// column on wide screens that stays closed on a phone until it is used.
    private var form: Node {
        .form(
            .method("get"), .action(CatalogueRoutes.search.link), .id(Self.formId), .class("search-form"), .ariaLabel("Search"),
            PageLayout.labelled(
                "near", "Your postcode",
                PageLayout.textInput("near", value: value("near"), autocomplete: "postal-code", hinted: true, size: 10),
                hint: "For example NE1 4ST, or just NE1."),
            keptSelect("year", Self.yearChoices) { PageLayout.labelled("year", "Year group", $0) },
            facetSelect("sector", "Any area of work", result?.facets.sectors) { PageLayout.labelled("sector", "Interested in", $0) },
            PageLayout.labelled(
                "q", "Words to search for", PageLayout.textInput("q", value: value("q"), type: "search", hinted: true),
                hint: "A job, subject or employer, for example nursing."),
            PageLayout.submit("Search"),
            .details(
                .class("filters"), .open(secondaryFiltersChosen > 0),
                .summary(.text(secondaryFiltersChosen == 0 ? "More filters" : "More filters (\(secondaryFiltersChosen) in use)")),
                distanceSelect,
                facetSelect("type", "Any type", result?.facets.types) { PageLayout.labelled("type", "Type", $0) },
                facetSelect("mode", "In person, hybrid or online", result?.facets.modes) {
                    PageLayout.labelled("mode", "How it is delivered", $0)
                },
                facetSelect("stage", "Any stage", result?.facets.stages) {
                    PageLayout.labelled("stage", "Stage", $0, hint: "From a first look at work to applying for a job.")
                },
                keptSelect("send", Self.sendChoices) { PageLayout.labelled("send", "Support needed", $0) },
                dateInput("from", legend: "Available from", hint: "For example, 1 6 2027"),
                dateInput("to", legend: "Available until", hint: "For example, 31 7 2027"),
                checkbox("has_places", "Only with places left"),
                checkbox("include_closed", "Include those closed to applications"),
                checkbox("accredited", "Only accredited providers"),
                keptSelect("min_rating", Self.ratingChoices) { PageLayout.labelled("min_rating", "Provider rating", $0) },
                PageLayout.submit("Apply filters", class: "secondary")))
    }

    private func nonEmpty(_ name: String) -> String? { value(name).isEmpty ? nil : value(name) }

    /// A date filter; kept rendered while it is empty and has no problem (the usual case).
    private func dateInput(_ name: String, legend: String, hint: String) -> Node {
        let value = nonEmpty(name), error = message(for: name)
        let field = { DateInput.render(name, legend: legend, hint: hint, value: value, error: error) }
        guard value == nil, error == nil else { return field() }
        return KeptControls.control("search \(name) empty", make: field)
    }

    /// The problem with a filter, beside it as well as in the summary.
    private func message(for parameter: String) -> String? { error?.parameter == parameter ? plainError : nil }

    /// A filter whose options say how many results each would leave ("Digital (12)"). With
    /// nothing chosen in it (the usual case) the select is a template kept per filter, with a
    /// hole for each option's label (`KeptControls`).
    private func facetSelect<T: Taxonomy>(_ name: String, _ any: String, _ facet: [T: Int]?, field: (Node) -> Node) -> Node {
        let labels = T.allCases.map { value in facet.map { "\(value.label) (\($0[value] ?? 0))" } ?? value.label }
        guard !parameters.contains(where: { $0.0 == name }) else {
            return field(select(name, [("", any)] + zip(T.allCases.map(\.rawValue), labels).map { ($0, $1) }))
        }
        let template = KeptControls.template("search \(name)") {
            field(
                PageLayout.select(name, [("", .text(any))] + T.allCases.enumerated().map { ($1.rawValue, .hole($0)) }) { _ in false })
        }
        return .filled(template, labels)
    }

    private func select(_ name: String, _ choices: [(String, String)]) -> Node {
        PageLayout.select(name, choices) { isChosen(name, $0) }
    }

    private func checkbox(_ name: String, _ label: String) -> Node {
        let checked = isChosen(name, "true")
        return KeptControls.control("search \(name) \(checked)") { PageLayout.checkbox(name: name, label: label, checked: checked) }
    }

    static let yearChoices = [("", "Any year")] + YearGroup.range.map { ("\($0)", "Year \($0)") }
    static let sendChoices = [("", "No particular adjustment")] + SendAdjustment.allCases.map { ($0.rawValue, $0.label) }
    static let ratingChoices = [("", "Any rating"), ("3", "3 stars or more"), ("4", "4 stars or more"), ("4.5", "4.5 stars or more")]

    /// A select of fixed choices in its field, kept per choice (`KeptControls`) when at most one
    /// of them is chosen.
    private func keptSelect(_ name: String, _ choices: [(String, String)], field: (Node) -> Node) -> Node {
        let chosen = choices.filter { isChosen(name, $0.0) }
        guard chosen.count <= 1 else { return field(select(name, choices)) }
        return KeptControls.control("search \(name)=\(chosen.first?.0 ?? "none")") { field(select(name, choices)) }
    }

    /// The distances, kept per choice unless the address asks for an unusual one.
    private var distanceSelect: Node {
        let chosen = query?.near != nil && query?.withinKm != OpportunityQuery.defaultRadiusKm ? query?.withinKm.formattedKm ?? "" : ""
        let field = {
            PageLayout.labelled(
                "within_km", "Distance from your postcode",
                PageLayout.select(
                    "within_km",
                    distanceChoices.map { km in (km == OpportunityQuery.defaultRadiusKm ? "" : km.formattedKm, DistanceStyle.text(km)) }
                ) { $0 == chosen })
        }
        guard distanceChoices == Self.usualDistances else { return field() }
        return KeptControls.control("search within_km=\(chosen)", make: field)
    }

    /// The sorts that make sense for this search, in one vocabulary: nearest needs a postcode,
    /// best match needs words.
    private var sortChoices: [OpportunityQuery.Sort] {
        OpportunityQuery.Sort.allCases.filter { sort in
            switch sort {
            case .distance: query?.near != nil
            case .relevance: !(query?.text.isEmpty ?? true)
            case .soonest, .newest: true
            }
        }
    }

    /// The order the search would have without a chosen one.
    private var usualSort: OpportunityQuery.Sort? {
        guard var usual = query else { return nil }
        usual.explicitSort = nil
        return usual.sort
    }

    private var results: Node {
        guard let result, let query else { return .empty }
        let searchQuery = SitePaths.queryString(query.parameters)
        return .section(
            .class("search-results"), .ariaLabelledBy("results-heading"),
            .h2(.id("results-heading"), .text(result.total == 1 ? "1 opportunity" : "\(result.total) opportunities")),
            .p(
                .class("list-summary"), .role("status"),
                .text(pagination?.summary(("opportunity", "opportunities")) ?? ""),
                query.near.map { .text(", within \(Int(query.withinKm)) km of \($0.postcode), then online.") } ?? .empty),
            .div(
                .class("sort"),
                .label(.for("sort"), "Sort by"),
                .select(
                    .id("sort"), .name("sort"), .attribute("form", Self.formId),
                    // The usual order for this search is sent as "" so that it does not stick: add a
                    // postcode later and the order becomes nearest first by itself.
                    .forEach(sortChoices) { sort in
                        .option(.value(sort == usualSort ? "" : sort.rawValue), .selected(sort == query.sort), .text(sort.label))
                    }),
                .button(.type("submit"), .class("secondary"), .attribute("form", Self.formId), "Sort")),
            result.hits.isEmpty
                ? .p("Nothing matches. Try a larger distance, another year group, or fewer filters.")
                : .ol(
                    .class("results"), .id("results"), .ariaLabelledBy("results-heading"),
                    .forEach(result.hits) { hit in
                        .li(OpportunityCard(hit: hit, today: today, searchQuery: searchQuery, cache: cards).node)
                    }),
            pagination?.render(label: "Result pages", link: pageLinks) ?? .empty)
    }
}

extension Double {
    /// 25 → "25", 12.5 → "12.5".
    fileprivate var formattedKm: String { self == rounded() ? String(Int(self)) : String(self) }
}
