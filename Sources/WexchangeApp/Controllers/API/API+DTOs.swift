import Foundation
import WexchangeCore
import WexchangeSearch

/// What the API says about a listing. The list shows the summary form; the detail adds the
/// long text (`description`, `outcomes`, SEND notes, safeguarding facts).
struct OpportunityDTO: JSONWritable, Sendable {
    struct Provider: Sendable {
        let id: String
        let name: String
        let badges: [Badge]
    }

    struct Badge: Sendable {
        let name: String
        let grantedBy: String
        let expires: String
    }

    struct Location: Sendable {
        let address: String
        let postcode: String
        let latitude: Double
        let longitude: Double
    }

    let id: UUID
    let externalId: String?
    let status: String
    let title: String
    let summary: String
    let type: String
    let mode: String
    let sector: String
    let stage: String
    let years: [Int]
    let provider: Provider?
    let location: Location?
    let distanceKm: Double?
    let capacity: Int
    let placesLeft: Int
    let hoursPerDay: Double
    let days: Int
    let sessions: [OpportunityInput.Session]?
    let weeks: [String]?
    let firstDay: String?
    let lastDay: String?
    let applicationDeadline: String?
    let skills: [String]
    let subjects: [String]
    let sendAdjustments: [String]
    let createdAt: Date
    let updatedAt: Date
    let detail: Detail?
    let includeDistance: Bool

    struct Detail: Sendable {
        let description: String
        let outcomes: [String]
        let sendOther: String?
        let supervisorDbsChecked: Bool
        let privateHome: Bool
    }

    init(id: UUID, details: OpportunityDetails, provider: CatalogueProvider?, placesTaken: Int, createdAt: Date, updatedAt: Date,
         distanceKm: Double?, includeDistance: Bool, withDetail: Bool, today: CalendarDate) {
        self.id = id
        externalId = details.externalId
        status = details.status.rawValue
        title = details.title
        summary = details.summary
        type = details.type.rawValue
        mode = details.mode.rawValue
        sector = details.sector.rawValue
        stage = details.stage.rawValue
        years = details.years
        self.provider = provider.map { provider in
            Provider(id: provider.id.uuidString.lowercased(), name: provider.name, badges: provider.currentBadges(on: today).map {
                Badge(name: $0.name, grantedBy: $0.grantedBy, expires: $0.expires.description)
            })
        }
        location = details.location.map {
            Location(address: $0.address, postcode: $0.postcode, latitude: $0.coordinate.latitude, longitude: $0.coordinate.longitude)
        }
        // Ten-metre precision: enough to order and to show, without implying more.
        self.distanceKm = distanceKm.map { ($0 * 100).rounded() / 100 }
        self.includeDistance = includeDistance
        capacity = details.capacity
        placesLeft = max(0, details.capacity - placesTaken)
        hoursPerDay = details.hoursPerDay
        days = details.days
        switch details.schedule {
        case .fixed(let ranges):
            sessions = ranges.map { .init(start: $0.start.description, end: $0.end.description) }
            weeks = nil
        case .flexible(let isoWeeks):
            sessions = nil
            weeks = isoWeeks.map(\.description)
        }
        firstDay = details.schedule.firstDay?.description
        lastDay = details.schedule.lastDay?.description
        applicationDeadline = details.applicationDeadline?.description
        skills = details.skills.map(\.rawValue)
        subjects = details.subjects.map(\.rawValue)
        sendAdjustments = details.sendAdjustments.map(\.rawValue)
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        detail = withDetail ? Detail(description: details.description, outcomes: details.outcomes, sendOther: details.sendOther,
                                     supervisorDbsChecked: details.supervisorDbsChecked, privateHome: details.privateHome) : nil
    }

    init(hit: CatalogueIndex.Hit, includeDistance: Bool, today: CalendarDate) {
        self.init(id: hit.entry.id, details: hit.entry.details, provider: hit.provider, placesTaken: hit.entry.placesTaken,
                  createdAt: hit.entry.createdAt, updatedAt: hit.entry.updatedAt, distanceKm: hit.distanceKm,
                  includeDistance: includeDistance, withDetail: false, today: today)
    }

    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("id", id.uuidString.lowercased())
            json.member("external_id", externalId)
            json.member("status", status)
            json.member("title", title)
            json.member("summary", summary)
            json.member("type", type)
            json.member("mode", mode)
            json.member("sector", sector)
            json.member("stage", stage)
            json.member("years", years)
            if let provider {
                json.key("provider")
                json.object { json in
                    json.member("id", provider.id)
                    json.member("name", provider.name)
                    json.key("badges")
                    json.array(provider.badges) { json, badge in
                        json.object { json in
                            json.member("name", badge.name)
                            json.member("granted_by", badge.grantedBy)
                            json.member("expires", badge.expires)
                        }
                    }
                }
            }
            json.key("location")
            if let location {
                json.object { json in
                    json.member("address", location.address)
                    json.member("postcode", location.postcode)
                    json.member("latitude", location.latitude)
                    json.member("longitude", location.longitude)
                }
            } else {
                json.value(nil as String?)
            }
            // With `near`, virtual listings say `"distance_km": null` explicitly.
            if includeDistance { json.member("distance_km", distanceKm) }
            json.member("capacity", capacity)
            json.member("places_left", placesLeft)
            json.member("hours_per_day", hoursPerDay)
            json.member("days", days)
            if let sessions {
                json.key("sessions")
                json.array(sessions) { json, session in
                    json.object { json in
                        json.member("start", session.start)
                        json.member("end", session.end)
                    }
                }
            }
            if let weeks { json.member("weeks", weeks) }
            json.member("first_day", firstDay)
            json.member("last_day", lastDay)
            json.member("application_deadline", applicationDeadline)
            json.member("skills", skills)
            json.member("subjects", subjects)
            json.member("send_adjustments", sendAdjustments)
            json.member("created_at", Self.timestamp(createdAt))
            json.member("updated_at", Self.timestamp(updatedAt))
            if let detail {
                json.member("description", detail.description)
                json.member("outcomes", detail.outcomes)
                json.member("send_other", detail.sendOther)
                json.member("supervisor_dbs_checked", detail.supervisorDbsChecked)
                json.member("private_home", detail.privateHome)
            }
        }
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}

struct SearchResponseDTO: JSONWritable, Sendable {
    let items: [OpportunityDTO]
    let total: Int
    let facets: CatalogueIndex.Facets
    let sort: String
    let nextCursor: String?

    init(result: CatalogueIndex.Result, query: OpportunityQuery, today: CalendarDate) {
        items = result.hits.map { OpportunityDTO(hit: $0, includeDistance: query.near != nil, today: today) }
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
            json.array(items) { json, item in item.write(to: &json) }
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

struct FeedRequestDTO: Decodable, Sendable {
    let items: [OpportunityInput]
}
