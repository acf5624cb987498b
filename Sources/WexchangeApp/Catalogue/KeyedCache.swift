import Foundation
import Synchronization

/// Values made once per listing or provider and kept while what they were made from (their key)
/// stays the same: search answers show the same listings and providers again and again. Bounded
/// by the catalogue's size: it starts again empty when it holds twice as many entries as there
/// are listings (at least 1,000).
final class KeyedCache<Key: Equatable & Sendable, Value: Sendable>: Sendable {
    private let entries = Mutex<[UUID: (key: Key, value: Value)]>([:])
    private let limit: @Sendable () -> Int

    init(limit: @escaping @Sendable () -> Int) {
        self.limit = limit
    }

    func value(for id: UUID, key: Key, make: () -> Value) -> Value {
        if let stored = entries.withLock({ $0[id] }), stored.key == key { return stored.value }
        let value = make()
        let bound = max(1_000, 2 * limit())
        entries.withLock { cache in
            if cache.count >= bound { cache.removeAll(keepingCapacity: true) }
            cache[id] = (key, value)
        }
        return value
    }
}
