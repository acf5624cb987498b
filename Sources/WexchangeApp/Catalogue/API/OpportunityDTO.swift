import Foundation
import WexchangeCore
import WexchangeSearch

/// What the API says about a listing. The list shows the summary form; the detail adds the
/// long text (`description`, `outcomes`, SEND notes, safeguarding facts).
struct OpportunityDTO: Sendable {
    struct Provider: Sendable {
        let id: String
        let name: String
        let badges: [Badge]
        let rating: ProviderRating?

        init(_ provider: CatalogueProvider, today: CalendarDate) {
            id = provider.id.uuidString.lowercased()
            name = provider.name
            rating = provider.rating
            badges = provider.currentBadges(on: today).map {
                Badge(name: $0.name, grantedBy: $0.grantedBy, expires: $0.expires.description)
            }
        }
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
    /// The published status, or for the provider's own view the stored one (`submitted`, `returned`…).
    var status: String
    /// The provider's own view only: why a moderator returned the listing.
    var moderationReason: String?
    /// Owned listings only: a change to the published listing `waiting` for a moderator or
    /// `returned` by one (the fields show the change; search shows the published version).
    var changeStatus: String?
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
    /// False once the "apply by" date has passed (search shows such listings only when asked).
    let applicationsOpen: Bool
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
        let howToApply: String?
        let dailyTimes: String?
        let whatToBring: String?
        let travelNotes: String?
        let supervisorDbsChecked: Bool
        let privateHome: Bool
    }

    init(
        id: UUID, details: OpportunityDetails, provider: CatalogueProvider?, placesTaken: Int, createdAt: Date, updatedAt: Date,
        distanceKm: Double?, includeDistance: Bool, withDetail: Bool, today: CalendarDate
    ) {
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
        applicationsOpen = !details.isClosedForApplications(today: today)
        skills = details.skills.map(\.rawValue)
        subjects = details.subjects.map(\.rawValue)
        sendAdjustments = details.sendAdjustments.map(\.rawValue)
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        detail =
            withDetail
            ? Detail(
                description: details.description, outcomes: details.outcomes, sendOther: details.sendOther,
                howToApply: details.howToApply, dailyTimes: details.dailyTimes, whatToBring: details.whatToBring,
                travelNotes: details.travelNotes, supervisorDbsChecked: details.supervisorDbsChecked, privateHome: details.privateHome)
            : nil
    }

    init(hit: CatalogueIndex.Hit, includeDistance: Bool, today: CalendarDate) {
        self.init(
            id: hit.entry.id, details: hit.entry.details, provider: hit.provider, placesTaken: hit.entry.placesTaken,
            createdAt: hit.entry.createdAt, updatedAt: hit.entry.updatedAt, distanceKm: hit.distanceKm,
            includeDistance: includeDistance, withDetail: false, today: today)
    }

    /// Ten-metre precision: enough to order and to show, without implying more.
    static func roundedKm(_ km: Double) -> Double { (km * 100).rounded() / 100 }
}
