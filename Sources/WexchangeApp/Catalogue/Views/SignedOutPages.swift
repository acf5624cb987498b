import NIOCore
import Synchronization
import WexchangeCore

/// Search pages that are the same for every reader who is not signed in, kept as sent: the home
/// page and the catalogue browsed page by page (`OpportunityQuery.isBrowsing`), which nearly
/// every visit starts with. A page is kept for the index it was made from and the day; the key
/// is the address's parameters as given, since the form shows them back. Bounded: it starts
/// again empty when full, so odd addresses cannot grow it.
final class SignedOutPages: Sendable {
    private struct Kept: Sendable {
        let generation: UInt64
        let day: CalendarDate
        let body: ByteBuffer
    }

    private let kept = Mutex<[String: Kept]>([:])
    static let limit = 64

    func body(for key: String, generation: UInt64, day: CalendarDate, make: () -> ByteBuffer) -> ByteBuffer {
        if let page = kept.withLock({ $0[key] }), page.generation == generation, page.day == day { return page.body }
        let body = make()
        kept.withLock { kept in
            if kept.count >= Self.limit { kept.removeAll(keepingCapacity: true) }
            kept[key] = Kept(generation: generation, day: day, body: body)
        }
        return body
    }
}
