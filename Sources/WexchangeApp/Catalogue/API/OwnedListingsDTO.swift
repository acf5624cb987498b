import Foundation
import WexchangeCore
import WexchangeSearch

/// A provider's own listings, whatever their status.
struct OwnedListingsDTO: JSONWritable, Sendable {
    let items: [OpportunityDTO]

    func write(to json: inout JSONWriter) {
        json.object { json in
            json.key("items")
            json.array(items) { json, item in item.write(to: &json) }
        }
    }
}
