import Synchronization

/// Answers to searches that choose nothing but an order and a page: the home page, and the
/// catalogue browsed page by page. Everyone who opens the site asks for the same thing, which
/// costs a pass over every listing (100,000 of them nationally) to count the facets, so the
/// answer is kept for the day. A new index (any change to a listing or provider) starts a new
/// cache, and a search with any filter, postcode or words is never kept.
final class BrowsingCache: Sendable {
    private struct Key: Hashable {
        let day: Int32
        let parameters: [String]
    }
    private let kept = Mutex<[Key: CatalogueIndex.Result]>([:])
    /// Pages kept per day: the first ones are asked for far more than the rest.
    static let limit = 64

    /// The query's order and page as the cache's key; nil when it chooses anything else.
    static func parameters(of query: OpportunityQuery) -> [String]? {
        let pairs = query.parameters
        guard pairs.allSatisfy({ browsingParameters.contains($0.0) }) else { return nil }
        return pairs.map { "\($0.0)=\($0.1)" }
    }

    static let browsingParameters: Set<String> = ["sort", "page", "limit", "include_closed"]

    func result(day: Int32, parameters: [String], making: () -> CatalogueIndex.Result) -> CatalogueIndex.Result {
        let key = Key(day: day, parameters: parameters)
        if let known = kept.withLock({ $0[key] }) { return known }
        let made = making()
        kept.withLock { kept in
            kept = kept.filter { $0.key.day == day }
            if kept.count >= Self.limit { kept.removeAll() }
            kept[key] = made
        }
        return made
    }
}

extension OpportunityQuery {
    /// Whether the query chooses nothing but an order and a page (the home page, the catalogue
    /// browsed page by page): its answer is the same for everyone on a given day and index.
    public var isBrowsing: Bool { BrowsingCache.parameters(of: self) != nil }
}
