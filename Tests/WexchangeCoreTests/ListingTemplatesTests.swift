import Foundation
import Testing
import WexchangeCore
import WexchangeGeo

@Suite struct ListingTemplatesTests {
    /// Every template becomes a valid listing once the provider adds what only they know: a
    /// title, summary, sector, place and dates.
    @Test(arguments: OpportunityType.allCases)
    func everyTemplateIsValidOnceTheProviderAddsTheirOwnFacts(type: OpportunityType) throws {
        var input = ListingTemplates.template(for: type)
        #expect(input.type == type.rawValue)
        #expect(input.outcomes?.isEmpty == false)
        #expect(input.skills?.isEmpty == false)
        input.title = "Our \(type.label.lowercased())"
        input.summary = "A short summary."
        input.sector = Sector.digital.rawValue
        if input.mode != DeliveryMode.virtual.rawValue {
            input.address = "1 Grainger Street, Newcastle"
            input.postcode = "NE1 4ST"
        }
        input.sessions = [.init(start: "2027-07-05", end: "2027-07-09")]
        let result = OpportunityRules.validate(input, gazetteer: .bundled)
        guard case .success(let details) = result else {
            Issue.record("\(type): \(result)")
            return
        }
        #expect(details.type == type)
        if type == .tLevelPlacement { #expect(details.years == [12, 13]) }
    }
}
