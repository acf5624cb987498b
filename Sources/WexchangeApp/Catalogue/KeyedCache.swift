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
        if let kept = kept(for: id, key: key) { return kept }
        let value = make()
        keep(value, for: id, key: key)
        return value
    }

    /// The value kept for `id`, if it was made from `key`.
    func kept(for id: UUID, key: Key) -> Value? {
        guard let stored = entries.withLock({ $0[id] }), stored.key == key else { return nil }
        return stored.value
    }

    /// Keeps `value` for `id` (made from `key`), for values made asynchronously.
    func keep(_ value: Value, for id: UUID, key: Key) {
        let bound = max(1_000, 2 * limit())
        entries.withLock { cache in
            if cache.count >= bound { cache.removeAll(keepingCapacity: true) }
            cache[id] = (key, value)
        }
    }
}
