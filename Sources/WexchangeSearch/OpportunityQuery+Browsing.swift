extension OpportunityQuery {
    /// The parameters a search may have and still be browsing: an order and a page.
    static let browsingParameters: Set<String> = ["sort", "page", "limit", "include_closed"]

    /// For a search that chooses nothing but an order and a page (the home page, the catalogue
    /// browsed page by page), its parameters as the key its answer is kept under; nil for any
    /// search with a filter, a postcode or words. Everyone who opens the site asks for the same
    /// thing, which costs a pass over every listing (100,000 nationally) to count the facets, so
    /// the index keeps its answer for the day (`CatalogueIndex.search`).
    var browsingKey: [String]? {
        let pairs = parameters
        guard pairs.allSatisfy({ Self.browsingParameters.contains($0.0) }) else { return nil }
        return pairs.map { "\($0.0)=\($0.1)" }
    }

    /// Whether the query chooses nothing but an order and a page: its answer is the same for
    /// everyone on a given day and index.
    public var isBrowsing: Bool { browsingKey != nil }
}
