import Foundation
import WexchangeCore
import WexchangeSearch

/// What the search page shows: the query as typed, the results, or the error to fix.
struct SearchPage {
    var parameters: [(String, String)]
    var query: OpportunityQuery?
    var result: CatalogueIndex.Result?
    var error: QueryError?
    var today: CalendarDate
    var viewer: Viewer? = nil
    /// Where result cards are kept between requests (none in tests that render a page alone).
    var cards: OpportunityCard.Cache? = nil

    func value(_ name: String) -> String { parameters.last { $0.0 == name }?.1 ?? "" }
    func isChosen(_ name: String, _ value: String) -> Bool { parameters.contains { $0.0 == name && $0.1 == value } }

    /// The filters in the side column ("More filters"): open when any is in use.
    static let secondaryFilters = [
        "within_km", "type", "mode", "stage", "send", "from", "to", "has_places", "include_closed", "accredited", "min_rating",
    ]

    /// The filters typed as day, month and year.
    static let dateFilters = ["from", "to"]

    /// The search's problem in plain words: dates as the boxes ask for them, not as the API does.
    var plainError: String? {
        guard let error else { return nil }
        switch error.parameter {
        case "to" where error.message.contains("is before"):
            return "The ‘available until’ date must be on or after the ‘available from’ date"
        case "from": return "Enter the ‘available from’ date as a real date, like 1 6 2027"
        case "to": return "Enter the ‘available until’ date as a real date, like 31 7 2027"
        default: return PlainWords.capitalised(error.message)
        }
    }

    var secondaryFiltersChosen: Int {
        Self.secondaryFilters.filter { name in parameters.contains { $0.0 == name && !$0.1.isEmpty } }.count
    }

    /// The distances on offer: the usual ones and, when the address asks for another, that one too.
    var distanceChoices: [Double] {
        guard let chosen = query?.withinKm, query?.near != nil, !Self.usualDistances.contains(chosen) else { return Self.usualDistances }
        return (Self.usualDistances + [chosen]).sorted()
    }

    static let usualDistances: [Double] = [5, 10, 25, 40, 80, 200]

    /// Numbered pages over the results (up to the first 1,000; beyond, refine the search).
    var pagination: Pagination? {
        guard let query, let result else { return nil }
        return Pagination(page: query.page, pageSize: query.limit, total: min(result.total, OpportunityQuery.maxOffset))
    }

    /// The address of each page of these results (the same query, that page), with the
    /// address worked out once from the query's parameters (`page` comes last in them,
    /// and the first page leaves it out), for the pagination's several links.
    var pageLinks: (Int) -> String {
        guard var query else { return { _ in CatalogueRoutes.search.link } }
        query.cursor = nil
        query.page = 1
        let first = CatalogueRoutes.search.link(query: query.parameters)
        let joiner = first.contains("?") ? "&" : "?"
        return { page in page == 1 ? first : "\(first)\(joiner)page=\(page)" }
    }
}
