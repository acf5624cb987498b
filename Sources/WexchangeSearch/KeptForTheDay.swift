import Synchronization

/// Values worked out by the first request of a day that asks for them and kept until the day
/// changes: a day's visibilities, the home page's answer, the home page itself. Bounded: it
/// starts again empty when it holds `limit` values, so keys that come from addresses cannot
/// grow it. What is kept per index lives in the index, so a new index starts a new one.
public final class KeptForTheDay<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let kept = Mutex<(day: Int, values: [Key: Value])>((day: .min, values: [:]))
    private let limit: Int

    public init(limit: Int) {
        self.limit = limit
    }

    public func value(on day: Int, for key: Key, making: () -> Value) -> Value {
        if let known = kept.withLock({ $0.day == day ? $0.values[key] : nil }) { return known }
        let made = making()
        kept.withLock { kept in
            if kept.day != day || kept.values.count >= limit { kept = (day: day, values: [:]) }
            kept.values[key] = made
        }
        return made
    }
}
