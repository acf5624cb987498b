import Foundation
import WexchangeCore
import WexchangeSearch

struct FeedRequestDTO: Codable, Sendable {
    let items: [OpportunityInput]
}
