import Foundation
import Testing
import WexchangeCore
import WexchangeSearch
@testable import WexchangeApp

/// Search answers reuse providers' JSON: it must be written again whenever it could differ.
@Suite struct ListingJSONCacheTests {
    let provider = CatalogueProvider(
        id: UUID(), name: "Tyne Engineering",
        badges: [.init(name: "Quality in Careers", grantedBy: "Hub", expires: CalendarDate(year: 2027, month: 1, day: 31)!)])
    let today = CalendarDate(year: 2027, month: 1, day: 31)!

    func render(_ provider: CatalogueProvider, on day: CalendarDate, cache: ListingJSONCache, writes: inout Int) -> String {
        let bytes = cache.providerMember(provider, today: day) {
            writes += 1
            return JSONWriter.members { OpportunityDTO.write(OpportunityDTO.Provider(provider, today: day), to: &$0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func providerJSONIsWrittenOnceAndAgainWhenTheProviderOrTheDayChanges() {
        let cache = ListingJSONCache(limit: { 10 })
        var writes = 0
        let first = render(provider, on: today, cache: cache, writes: &writes)
        #expect(first.hasPrefix(#""provider":{"id":""#) && first.contains("Quality in Careers"))
        #expect(render(provider, on: today, cache: cache, writes: &writes) == first)
        #expect(writes == 1)

        // The badge's last day has passed: it is no longer shown.
        let nextDay = render(provider, on: today.adding(days: 1), cache: cache, writes: &writes)
        #expect(writes == 2)
        #expect(!nextDay.contains("Quality in Careers"))

        var rated = provider
        rated.rating = ProviderRating(average: 4.5, count: 2)
        let afterRating = render(rated, on: today.adding(days: 1), cache: cache, writes: &writes)
        #expect(writes == 3)
        #expect(afterRating.contains(#""average":4.5"#))
    }
}
