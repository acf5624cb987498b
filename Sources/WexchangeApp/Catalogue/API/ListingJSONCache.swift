import Foundation
import WexchangeCore
import WexchangeSearch

/// Search answers' JSON, written once and reused: each listing's members (all but provider and
/// distance) per version of the listing, and each provider's `"provider":{…}` member per state of
/// the provider and day (badges expire).
final class ListingJSONCache: Sendable {
    private struct ProviderState: Equatable, Sendable {
        let provider: CatalogueProvider
        let today: CalendarDate
    }

    private let listings: KeyedCache<CatalogueEntry.Version, [UInt8]>
    private let providers: KeyedCache<ProviderState, [UInt8]>

    init(limit: @escaping @Sendable () -> Int) {
        listings = KeyedCache(limit: limit)
        providers = KeyedCache(limit: limit)
    }

    func listingMembers(of hit: CatalogueIndex.Hit, write: () -> [UInt8]) -> [UInt8] {
        listings.value(for: hit.id, key: hit.version, make: write)
    }

    /// Comparing the whole provider is cheap: unchanged names and badge lists share storage.
    func providerMember(_ provider: CatalogueProvider, today: CalendarDate, write: () -> [UInt8]) -> [UInt8] {
        providers.value(for: provider.id, key: ProviderState(provider: provider, today: today), make: write)
    }
}
