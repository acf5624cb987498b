import Foundation
import Synchronization
import WexchangeSearch

/// Each listing's JSON (all but provider and distance) written once per version of the listing,
/// since search pages show the same listings again and again. Bounded by the catalogue's size:
/// it starts again empty when it holds twice as many listings as there are.
final class ListingJSONCache: Sendable {
    private struct Version: Equatable {
        let updatedAt: Date
        let placesTaken: Int
    }

    private let stored = Mutex<[UUID: (version: Version, members: [UInt8])]>([:])
    private let limit: @Sendable () -> Int

    init(limit: @escaping @Sendable () -> Int) {
        self.limit = limit
    }

    func listingMembers(_ entry: CatalogueEntry, write: () -> [UInt8]) -> [UInt8] {
        let version = Version(updatedAt: entry.updatedAt, placesTaken: entry.placesTaken)
        if let hit = stored.withLock({ $0[entry.id] }), hit.version == version { return hit.members }
        let members = write()
        let bound = max(1_000, 2 * limit())
        stored.withLock { cache in
            if cache.count >= bound { cache.removeAll(keepingCapacity: true) }
            cache[entry.id] = (version, members)
        }
        return members
    }
}
