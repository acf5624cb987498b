import Foundation

/// Listings already split into words, for `CatalogueIndex.Changes.tokenised`: a loader reading
/// many listings tokenises each page while the next one is still being read, and the index only
/// merges the pages' words into its own at the end.
public struct TokenisedListings: Sendable {
    public let entries: [CatalogueEntry]
    let part: ListingTokens.Part
    /// The provider names the words were taken from: if one has changed by the time the batch is
    /// applied, its listings are tokenised again.
    let providerNames: [UUID: String]

    public init(_ entries: [CatalogueEntry], providers: [UUID: CatalogueProvider]) {
        self.entries = entries
        part = ListingTokens.part(of: entries[...], providers: providers)
        var names: [UUID: String] = [:]
        for entry in entries where names[entry.providerId] == nil { names[entry.providerId] = providers[entry.providerId]?.name ?? "" }
        providerNames = names
    }

    public var count: Int { entries.count }

    func isCurrent(with providers: [UUID: CatalogueProvider]) -> Bool {
        providerNames.allSatisfy { id, name in (providers[id]?.name ?? "") == name }
    }
}
