import Foundation
import WexchangeCore
import WexchangeSearch

/// Search answers' JSON, written once and reused: each listing's members (all but provider and
/// distance) per version of the listing and whether it is still open to applications, and each provider's `"provider":{…}` member per state of
/// the provider and day (badges expire).
final class ListingJSONCache: Sendable {
    private struct ProviderState: Equatable, Sendable {
        let provider: CatalogueProvider
        let today: CalendarDate
    }

    private struct ListingState: Equatable, Sendable {
        let version: CatalogueEntry.Version
        let applicationsOpen: Bool
    }

    private let listings: KeyedCache<ListingState, [UInt8]>
    private let providers: KeyedCache<ProviderState, [UInt8]>

    init(limit: @escaping @Sendable () -> Int) {
        listings = KeyedCache(limit: limit)
        providers = KeyedCache(limit: limit)
    }

    func listingMembers(of hit: CatalogueIndex.Hit, today: CalendarDate, write: () -> [UInt8]) -> [UInt8] {
        let state = ListingState(version: hit.version, applicationsOpen: !hit.entry.details.isClosedForApplications(today: today))
        return listings.value(for: hit.id, key: state, make: write)
    }

    /// Comparing the whole provider is cheap: unchanged names and badge lists share storage.
    func providerMember(_ provider: CatalogueProvider, today: CalendarDate, write: () -> [UInt8]) -> [UInt8] {
        providers.value(for: provider.id, key: ProviderState(provider: provider, today: today), make: write)
    }
}
