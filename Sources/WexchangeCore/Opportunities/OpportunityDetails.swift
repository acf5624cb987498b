import WexchangeGeo

/// A listing that has passed every domain rule: what storage keeps and search indexes.
public struct OpportunityDetails: Hashable, Sendable, Codable {
    public var externalId: String?
    public var title: String
    public var summary: String
    public var description: String
    public var type: OpportunityType
    public var mode: DeliveryMode
    public var sector: Sector
    public var stage: Stage
    public var years: [Int]
    /// Where it takes place; nil for virtual listings.
    public var location: Location?
    public var capacity: Int
    public var hoursPerDay: Double
    public var days: Int
    public var schedule: Schedule
    public var applicationDeadline: CalendarDate?
    public var subjects: [Subject]
    public var outcomes: [String]
    public var skills: [Skill]
    public var sendAdjustments: [SendAdjustment]
    public var sendOther: String?
    /// How schools arrange a place: whom to contact and how (for families and schools alike).
    public var howToApply: String?
    /// The day's start and finish times, and lunch ("9am to 3:30pm; lunch provided").
    public var dailyTimes: String?
    /// What to wear or bring.
    public var whatToBring: String?
    /// Getting there: public transport, parking, step-free access.
    public var travelNotes: String?
    public var supervisorDbsChecked: Bool
    public var privateHome: Bool
    public var status: OpportunityStatus

    public struct Location: Hashable, Sendable, Codable {
        public var address: String
        /// Normalised full postcode, e.g. "NE1 4ST".
        public var postcode: String
        public var coordinate: Coordinate
        public var localAuthorityCode: String?

        public init(address: String, postcode: String, coordinate: Coordinate, localAuthorityCode: String?) {
            self.address = address
            self.postcode = postcode
            self.coordinate = coordinate
            self.localAuthorityCode = localAuthorityCode
        }
    }

    /// The same listing in the loose form it is submitted in (for editing, feeds and round trips).
    public var input: OpportunityInput {
        var input = OpportunityInput()
        input.externalId = externalId
        input.title = title
        input.summary = summary
        input.description = description
        input.type = type.rawValue
        input.mode = mode.rawValue
        input.sector = sector.rawValue
        input.stage = stage.rawValue
        input.years = years
        input.address = location?.address
        input.postcode = location?.postcode
        input.capacity = capacity
        input.hoursPerDay = hoursPerDay
        input.days = days
        switch schedule {
        case .fixed(let sessions): input.sessions = sessions.map { .init(start: $0.start.description, end: $0.end.description) }
        case .flexible(let weeks): input.weeks = weeks.map(\.description)
        }
        input.applicationDeadline = applicationDeadline?.description
        input.subjects = subjects.map(\.rawValue)
        input.outcomes = outcomes
        input.skills = skills.map(\.rawValue)
        input.sendAdjustments = sendAdjustments.map(\.rawValue)
        input.sendOther = sendOther
        input.howToApply = howToApply
        input.dailyTimes = dailyTimes
        input.whatToBring = whatToBring
        input.travelNotes = travelNotes
        input.supervisorDbsChecked = supervisorDbsChecked
        input.privateHome = privateHome
        input.status = status.rawValue
        return input
    }
}
