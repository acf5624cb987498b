import Foundation
import Hummingbird

/// A provider's own listings, whatever their status.
struct OwnedListingsDTO: Encodable, ResponseEncodable, Sendable {
    let items: [OpportunityDTO]
}
