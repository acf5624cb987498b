import Foundation
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeSearch

/// A card's kept parts (`OpportunityCard.Cache`) read exactly as a card made afresh, and are made
/// again when what they show changes: places taken, the provider's rating or badges, the day.
@Suite struct OpportunityCardTests {
    let provider = CatalogueProvider(
        id: UUID(), name: "Freeman Hospital",
        badges: [.init(name: "Quality in Careers", grantedBy: "Hub", expires: CalendarDate(iso: "2027-03-01")!)],
        rating: ProviderRating(average: 4, count: 2))

    func entry(placesTaken: Int, updatedAt: Date = testNow) throws -> CatalogueEntry {
        CatalogueEntry(
            id: UUID(uuidString: "00000000-0000-4000-8000-000000000001")!, providerId: provider.id,
            details: try PageSamples.details("Ward visit"), placesTaken: placesTaken, createdAt: testNow, updatedAt: updatedAt)
    }

    func card(_ entry: CatalogueEntry, provider: CatalogueProvider, today: CalendarDate, cache: OpportunityCard.Cache?) throws -> String {
        let index = CatalogueIndex().applying(.init(upserts: [entry], providers: [provider]))
        let query = try OpportunityQuery.parse([("near", "NE1 4ST")], gazetteer: PageSamples.gazetteer)
        let hit = try #require(index.search(query, today: today).hits.first)
        return OpportunityCard(hit: hit, today: today, searchQuery: "?near=NE1%204ST", cache: cache).node.render()
    }

    @Test func keptPartsReadAsFreshOnesAndFollowChanges() throws {
        let cache = OpportunityCard.Cache(limit: { 10 })
        let today = CalendarDate(iso: "2027-01-10")!
        let first = try card(entry(placesTaken: 1), provider: provider, today: today, cache: cache)
        let fresh = try card(entry(placesTaken: 1), provider: provider, today: today, cache: nil)
        let again = try card(entry(placesTaken: 1), provider: provider, today: today, cache: cache)
        #expect(first == fresh && again == first)
        #expect(first.contains("Quality in Careers") && first.contains("4.0 out of 5 (2 ratings)"))

        let taken = try card(entry(placesTaken: 2), provider: provider, today: today, cache: cache)
        let freshTaken = try card(entry(placesTaken: 2), provider: provider, today: today, cache: nil)
        #expect(taken != first && taken == freshTaken)

        var rated = provider
        rated.rating = ProviderRating(average: 3, count: 3)
        let rerated = try card(entry(placesTaken: 2), provider: rated, today: today, cache: cache)
        #expect(rerated.contains("3.0 out of 5 (3 ratings)") && !rerated.contains("4.0 out of 5"))

        let later = CalendarDate(iso: "2027-03-02")!
        let afterExpiry = try card(entry(placesTaken: 2), provider: rated, today: later, cache: cache)
        let freshAfterExpiry = try card(entry(placesTaken: 2), provider: rated, today: later, cache: nil)
        #expect(!afterExpiry.contains("Quality in Careers") && afterExpiry == freshAfterExpiry)
    }
}
