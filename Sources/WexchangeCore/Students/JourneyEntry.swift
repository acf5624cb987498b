/// The seven marks of a "meaningful" experience of a workplace (Careers & Enterprise Company):
/// an experience meets Gatsby Benchmark 6 when it has all seven.
public enum MeaningfulCriterion: String, Taxonomy {
    case sharedPurpose = "shared_purpose"
    case learningOutcomes = "learning_outcomes"
    case twoWayInteraction = "two_way_interaction"
    case rangeOfPeople = "range_of_people"
    case employerTask = "employer_task"
    case employerFeedback = "employer_feedback"
    case reflection

    public var label: String {
        switch self {
        case .sharedPurpose: "A clear purpose shared by the student and the employer"
        case .learningOutcomes: "Learning outcomes set beforehand"
        case .twoWayInteraction: "Plenty of two-way conversation with the employer"
        case .rangeOfPeople: "Meeting a range of people at work"
        case .employerTask: "A task set by the employer"
        case .employerFeedback: "Feedback from the employer"
        case .reflection: "Reflection afterwards"
        }
    }
}

/// One experience in a student's journey: a Wexchange placement, or one the school recorded
/// (a placement found through family, a school-run activity).
public struct JourneyEntry: Hashable, Sendable {
    public var type: OpportunityType
    public var providerName: String
    public var sector: Sector?
    public var stage: Stage?
    public var mode: DeliveryMode
    public var start: CalendarDate
    public var end: CalendarDate
    /// Days the student spent on it (not the calendar span: a weekly visit over a term is a few days).
    public var days: Double
    public var hoursPerDay: Double?
    public var meaningful: TaxonomySet<MeaningfulCriterion>
    /// The student's year group when it happened.
    public var yearGroup: Int

    public init(
        type: OpportunityType, providerName: String, mode: DeliveryMode, start: CalendarDate, end: CalendarDate, days: Double,
        yearGroup: Int
    ) {
        self.type = type
        self.providerName = providerName
        self.mode = mode
        self.start = start
        self.end = end
        self.days = days
        self.yearGroup = yearGroup
        meaningful = TaxonomySet()
    }

    /// All seven criteria met.
    public var isMeaningful: Bool { MeaningfulCriterion.allCases.allSatisfy(meaningful.contains) }
    /// Placements count as placement days; talks, visits and shadowing are encounters.
    public var isPlacement: Bool { type.isPlacement }
    public var isInPerson: Bool { mode != .virtual }
}
