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
        let rating: ProviderRating?

        init(_ provider: CatalogueProvider, today: CalendarDate) {
            id = provider.id.uuidString.lowercased()
            name = provider.name
            rating = provider.rating
            badges = provider.currentBadges(on: today).map { Badge(name: $0.name, grantedBy: $0.grantedBy, expires: $0.expires.description) }
        }
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
    /// The published status, or for the provider's own view the stored one (`submitted`, `returned`…).
    var status: String
    /// The provider's own view only: why a moderator returned the listing.
    var moderationReason: String?
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
        self.provider = provider.map { Provider($0, today: today) }
        location = details.location.map {
            Location(address: $0.address, postcode: $0.postcode, latitude: $0.coordinate.latitude, longitude: $0.coordinate.longitude)
        }
        self.distanceKm = distanceKm.map(Self.roundedKm)
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
        write(to: &json, listingMembers: Self.listingMembers(self))
    }

    /// The listing with `listingMembers` (from `listingMembers(_:)`, possibly cached) for
    /// everything but the provider and the distance, which depend on the day and the query.
    func write(to json: inout JSONWriter, listingMembers: [UInt8]) {
        json.object { json in
            if let provider { Self.write(provider, to: &json) }
            // With `near`, virtual listings say `"distance_km": null` explicitly.
            if includeDistance { json.member("distance_km", distanceKm) }
            json.members(raw: listingMembers)
        }
    }

    /// Ten-metre precision: enough to order and to show, without implying more.
    static func roundedKm(_ km: Double) -> Double { (km * 100).rounded() / 100 }

    static func write(_ provider: Provider, to json: inout JSONWriter) {
        json.key("provider")
        json.object { json in
            json.member("id", provider.id)
            json.member("name", provider.name)
            json.key("rating")
            if let rating = provider.rating {
                json.object { json in
                    json.member("average", (rating.average * 100).rounded() / 100)
                    json.member("count", rating.count)
                }
            } else {
                json.value(nil as String?)
            }
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

    static func listingMembers(_ dto: OpportunityDTO) -> [UInt8] {
        JSONWriter.members { json in
            json.member("id", dto.id.uuidString.lowercased())
            json.member("external_id", dto.externalId)
            json.member("status", dto.status)
            if let reason = dto.moderationReason { json.member("moderation_reason", reason) }
            json.member("title", dto.title)
            json.member("summary", dto.summary)
            json.member("type", dto.type)
            json.member("mode", dto.mode)
            json.member("sector", dto.sector)
            json.member("stage", dto.stage)
            json.member("years", dto.years)
            json.key("location")
            if let location = dto.location {
                json.object { json in
                    json.member("address", location.address)
                    json.member("postcode", location.postcode)
                    json.member("latitude", location.latitude)
                    json.member("longitude", location.longitude)
                }
            } else {
                json.value(nil as String?)
            }
            json.member("capacity", dto.capacity)
            json.member("places_left", dto.placesLeft)
            json.member("hours_per_day", dto.hoursPerDay)
            json.member("days", dto.days)
            if let sessions = dto.sessions {
                json.key("sessions")
                json.array(sessions) { json, session in
                    json.object { json in
                        json.member("start", session.start)
                        json.member("end", session.end)
                    }
                }
            }
            if let weeks = dto.weeks { json.member("weeks", weeks) }
            json.member("first_day", dto.firstDay)
            json.member("last_day", dto.lastDay)
            json.member("application_deadline", dto.applicationDeadline)
            json.member("skills", dto.skills)
            json.member("subjects", dto.subjects)
            json.member("send_adjustments", dto.sendAdjustments)
            json.member("created_at", timestamp(dto.createdAt))
            json.member("updated_at", timestamp(dto.updatedAt))
            if let detail = dto.detail {
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
