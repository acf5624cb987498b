import Foundation
import WexchangeCore
import WexchangeSearch

struct SearchResponseDTO: JSONWritable, Sendable {
    let hits: [CatalogueIndex.Hit]
    let includeDistance: Bool
    let today: CalendarDate
    let cache: ListingJSONCache
    let total: Int
    let facets: CatalogueIndex.Facets
    let sort: String
    let nextCursor: String?

    init(result: CatalogueIndex.Result, query: OpportunityQuery, today: CalendarDate, cache: ListingJSONCache) {
        hits = result.hits
        includeDistance = query.near != nil
        self.today = today
        self.cache = cache
        total = result.total
        facets = result.facets
        sort = query.sort.rawValue
        nextCursor = result.nextCursor?.encoded
    }

    func write(to json: inout JSONWriter) {
        func counts<T: Taxonomy>(_ name: StaticString, _ counts: [T: Int], _ json: inout JSONWriter) {
            json.key(name)
            json.object { json in
                for value in T.allCases {
                    json.key(value.rawValue)
                    json.value(counts[value] ?? 0)
                }
            }
        }
        json.object { json in
            json.key("items")
            // The listing part comes from the cache; the full DTO is built only when it is missing.
            json.array(hits) { json, hit in
                let members = cache.listingMembers(of: hit, today: today) {
                    OpportunityDTO.listingMembers(OpportunityDTO(hit: hit, includeDistance: includeDistance, today: today))
                }
                json.object { json in
                    if let provider = hit.provider {
                        json.members(
                            raw: cache.providerMember(provider, today: today) {
                                JSONWriter.members { OpportunityDTO.write(OpportunityDTO.Provider(provider, today: today), to: &$0) }
                            })
                    }
                    if includeDistance { json.member("distance_km", hit.distanceKm.map(OpportunityDTO.roundedKm)) }
                    json.members(raw: members)
                }
            }
            json.member("total", total)
            json.key("facets")
            json.object { json in
                counts("type", facets.types, &json)
                counts("mode", facets.modes, &json)
                counts("sector", facets.sectors, &json)
                counts("stage", facets.stages, &json)
                json.member("total", total)
            }
            json.member("sort", sort)
            json.member("next_cursor", nextCursor)
        }
    }
}
