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

    func value(_ name: String) -> String { parameters.last { $0.0 == name }?.1 ?? "" }
    func isChosen(_ name: String, _ value: String) -> Bool { parameters.contains { $0.0 == name && $0.1 == value } }

    /// The link to the page after this one: the same query with the next cursor.
    var nextPageLink: String? {
        guard let query, let cursor = result?.nextCursor else { return nil }
        var next = query
        next.cursor = cursor
        return "/?" + Self.encode(next.parameters)
    }

    var firstPageLink: String? {
        guard let query, query.cursor != nil else { return nil }
        var first = query
        first.cursor = nil
        return "/?" + Self.encode(first.parameters)
    }

    static func encode(_ parameters: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return parameters.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }
}
