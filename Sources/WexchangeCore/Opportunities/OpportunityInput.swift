/// A listing as a provider sends it (API body, feed item, CSV row, web form): every field
/// optional and loosely typed, so that validation can name each problem instead of failing on
/// the first. `OpportunityRules.validate` turns it into an `OpportunityDetails`.
public struct OpportunityInput: Codable, Hashable, Sendable {
    public struct Session: Codable, Hashable, Sendable {
        public var start: String?
        public var end: String?
        public init(start: String?, end: String?) {
            self.start = start
            self.end = end
        }
    }

    public var externalId: String?
    public var title: String?
    public var summary: String?
    public var description: String?
    public var type: String?
    public var mode: String?
    public var sector: String?
    public var stage: String?
    public var years: [Int]?
    public var address: String?
    public var postcode: String?
    public var capacity: Int?
    public var hoursPerDay: Double?
    public var days: Int?
    public var sessions: [Session]?
    public var weeks: [String]?
    public var applicationDeadline: String?
    public var subjects: [String]?
    public var outcomes: [String]?
    public var skills: [String]?
    public var sendAdjustments: [String]?
    public var sendOther: String?
    public var howToApply: String?
    public var dailyTimes: String?
    public var whatToBring: String?
    public var travelNotes: String?
    public var supervisorDbsChecked: Bool?
    public var privateHome: Bool?
    public var status: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case externalId = "external_id", title, summary, description, type, mode, sector, stage, years
        case address, postcode, capacity, hoursPerDay = "hours_per_day", days, sessions, weeks
        case applicationDeadline = "application_deadline", subjects, outcomes, skills
        case sendAdjustments = "send_adjustments", sendOther = "send_other"
        case howToApply = "how_to_apply", dailyTimes = "daily_times", whatToBring = "what_to_bring", travelNotes = "travel_notes"
        case supervisorDbsChecked = "supervisor_dbs_checked", privateHome = "private_home", status
    }
}
