import NIOCore
import WexchangeCore
import WexchangeSearch

/// Search pages that are the same for every reader who is not signed in, kept as sent: the home
/// page and the catalogue browsed page by page (`OpportunityQuery.isBrowsing`), which nearly
/// every visit starts with. A page is kept for the index it was made from and the day; the key
/// is the address's parameters as given, since the form shows them back. Bounded: it starts
/// again empty when full, so odd addresses cannot grow it.
final class SignedOutPages: Sendable {
    private struct Key: Hashable, Sendable {
        let generation: UInt64
        let address: String
    }

    private let kept = KeptForTheDay<Key, ByteBuffer>(limit: 64)

    func body(for address: String, generation: UInt64, day: CalendarDate, make: () -> ByteBuffer) -> ByteBuffer {
        kept.value(on: day.dayNumber, for: Key(generation: generation, address: address), making: make)
    }
}
