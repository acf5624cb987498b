import Foundation
import WexchangeCore
import WexchangeSearch

/// What the API says about a listing. The list shows the summary form; the detail adds the
/// long text (`description`, `outcomes`, SEND notes, safeguarding facts).
struct OpportunityDTO: Encodable, Sendable {
    struct Provider: Encodable, Sendable {
        let id: String
        let name: String
        let badges: [Badge]
    }

    struct Badge: Encodable, Sendable {
        let name: String
        let grantedBy: String
        let expires: String

        enum CodingKeys: String, CodingKey { case name, grantedBy = "granted_by", expires }
    }

    struct Location: Encodable, Sendable {
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
        let input = details.input
        sessions = input.sessions
        weeks = input.weeks
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

    enum CodingKeys: String, CodingKey {
        case id, externalId = "external_id", status, title, summary, description, type, mode, sector, stage, years, provider
        case location, distanceKm = "distance_km", capacity, placesLeft = "places_left", hoursPerDay = "hours_per_day", days
        case sessions, weeks, firstDay = "first_day", lastDay = "last_day", applicationDeadline = "application_deadline"
        case skills, subjects, sendAdjustments = "send_adjustments", sendOther = "send_other", outcomes
        case supervisorDbsChecked = "supervisor_dbs_checked", privateHome = "private_home"
        case createdAt = "created_at", updatedAt = "updated_at"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id.uuidString.lowercased(), forKey: .id)
        try c.encode(externalId, forKey: .externalId)
        try c.encode(status, forKey: .status)
        try c.encode(title, forKey: .title)
        try c.encode(summary, forKey: .summary)
        try c.encode(type, forKey: .type)
        try c.encode(mode, forKey: .mode)
        try c.encode(sector, forKey: .sector)
        try c.encode(stage, forKey: .stage)
        try c.encode(years, forKey: .years)
        try c.encodeIfPresent(provider, forKey: .provider)
        try c.encode(location, forKey: .location)
        // With `near`, virtual listings say `"distance_km": null` explicitly.
        if includeDistance { try c.encode(distanceKm, forKey: .distanceKm) }
        try c.encode(capacity, forKey: .capacity)
        try c.encode(placesLeft, forKey: .placesLeft)
        try c.encode(hoursPerDay, forKey: .hoursPerDay)
        try c.encode(days, forKey: .days)
        try c.encodeIfPresent(sessions, forKey: .sessions)
        try c.encodeIfPresent(weeks, forKey: .weeks)
        try c.encode(firstDay, forKey: .firstDay)
        try c.encode(lastDay, forKey: .lastDay)
        try c.encode(applicationDeadline, forKey: .applicationDeadline)
        try c.encode(skills, forKey: .skills)
        try c.encode(subjects, forKey: .subjects)
        try c.encode(sendAdjustments, forKey: .sendAdjustments)
        try c.encode(Self.timestamp(createdAt), forKey: .createdAt)
        try c.encode(Self.timestamp(updatedAt), forKey: .updatedAt)
        if let detail {
            try c.encode(detail.description, forKey: .description)
            try c.encode(detail.outcomes, forKey: .outcomes)
            try c.encode(detail.sendOther, forKey: .sendOther)
            try c.encode(detail.supervisorDbsChecked, forKey: .supervisorDbsChecked)
            try c.encode(detail.privateHome, forKey: .privateHome)
        }
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}

struct SearchResponseDTO: Encodable, Sendable {
    struct Facets: Encodable, Sendable {
        let type: [String: Int]
        let mode: [String: Int]
        let sector: [String: Int]
        let stage: [String: Int]
        let total: Int
    }

    let items: [OpportunityDTO]
    let total: Int
    let facets: Facets
    let sort: String
    let nextCursor: String?

    enum CodingKeys: String, CodingKey { case items, total, facets, sort, nextCursor = "next_cursor" }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(items, forKey: .items)
        try c.encode(total, forKey: .total)
        try c.encode(facets, forKey: .facets)
        try c.encode(sort, forKey: .sort)
        try c.encode(nextCursor, forKey: .nextCursor)
    }

    init(result: CatalogueIndex.Result, query: OpportunityQuery, today: CalendarDate) {
        items = result.hits.map { OpportunityDTO(hit: $0, includeDistance: query.near != nil, today: today) }
        total = result.total
        func keyed<T: Taxonomy>(_ counts: [T: Int]) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) })
        }
        facets = Facets(type: keyed(result.facets.types), mode: keyed(result.facets.modes), sector: keyed(result.facets.sectors),
                        stage: keyed(result.facets.stages), total: result.total)
        sort = query.sort.rawValue
        nextCursor = result.nextCursor?.encoded
    }
}

struct FeedRequestDTO: Decodable, Sendable {
    let items: [OpportunityInput]
}
