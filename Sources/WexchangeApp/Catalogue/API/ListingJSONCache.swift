import Foundation
import Synchronization
import WexchangeCore
import WexchangeSearch

/// Search answers' JSON, written once and reused, since search pages show the same listings and
/// providers again and again: each listing's members (all but provider and distance) per version
/// of the listing, and each provider's `"provider":{…}` member per state of the provider and day
/// (badges expire). Bounded by the catalogue's size: a part starts again empty when it holds twice
/// as many entries as there are listings.
final class ListingJSONCache: Sendable {
    private struct ProviderRendering {
        let provider: CatalogueProvider
        let today: CalendarDate
        let member: [UInt8]
    }

    private let listings = Mutex<[UUID: (version: CatalogueEntry.Version, members: [UInt8])]>([:])
    private let providers = Mutex<[UUID: ProviderRendering]>([:])
    private let limit: @Sendable () -> Int

    init(limit: @escaping @Sendable () -> Int) {
        self.limit = limit
    }

    func listingMembers(of hit: CatalogueIndex.Hit, write: () -> [UInt8]) -> [UInt8] {
        let id = hit.id, version = hit.version
        if let stored = listings.withLock({ $0[id] }), stored.version == version { return stored.members }
        let members = write()
        store(in: listings) { $0[id] = (version, members) }
        return members
    }

    func providerMember(_ provider: CatalogueProvider, today: CalendarDate, write: () -> [UInt8]) -> [UInt8] {
        // Comparing the whole provider is cheap: unchanged names and badge lists share storage.
        if let stored = providers.withLock({ $0[provider.id] }), stored.today == today, stored.provider == provider {
            return stored.member
        }
        let member = write()
        store(in: providers) { $0[provider.id] = ProviderRendering(provider: provider, today: today, member: member) }
        return member
    }

    private func store<Value>(in part: borrowing Mutex<[UUID: Value]>, _ insert: (inout [UUID: Value]) -> Void) {
        let bound = max(1_000, 2 * limit())
        part.withLock { cache in
            if cache.count >= bound { cache.removeAll(keepingCapacity: true) }
            insert(&cache)
        }
    }
}
