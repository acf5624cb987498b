import Testing
import WexchangeCore

/// `ordinal` reads an enum's case number directly; it must equal the position in `allCases` for
/// every value of every taxonomy (bit sets and facet counts depend on it).
@Suite struct TaxonomyTests {
    static func ordinalsMatch<T: Taxonomy>(_: T.Type) -> Bool {
        T.allCases.enumerated().allSatisfy { index, value in value.ordinal == index && T(ordinal: index) == value }
    }

    @Test func everyOrdinalIsItsPositionInAllCases() {
        #expect(Self.ordinalsMatch(OpportunityType.self))
        #expect(Self.ordinalsMatch(DeliveryMode.self))
        #expect(Self.ordinalsMatch(Sector.self))
        #expect(Self.ordinalsMatch(Stage.self))
        #expect(Self.ordinalsMatch(Skill.self))
        #expect(Self.ordinalsMatch(SendAdjustment.self))
        #expect(Self.ordinalsMatch(Subject.self))
        #expect(Self.ordinalsMatch(OpportunityStatus.self))
        #expect(Self.ordinalsMatch(ProviderKind.self))
        #expect(Self.ordinalsMatch(SizeBand.self))
    }
}
