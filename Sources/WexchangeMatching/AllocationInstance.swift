import Foundation
import WexchangeGeo

/// One criterion of a priority order. A student who meets it ranks ahead of one who does not.
public enum PriorityCriterion: String, CaseIterable, Sendable, Hashable {
    case disadvantaged
    case send
    /// The student has no prior work experience.
    case noPrior = "no_prior"
    /// The student's Careers Hub is the opportunity's hub (nobody is local when either has none).
    case local

    /// The round's order unless the instance says otherwise (PRODUCT.md, "Fair allocation").
    public static let defaultOrder: [PriorityCriterion] = [.disadvantaged, .send, .noPrior]
}

/// A student taking part in an allocation round.
public struct AllocationStudent: Sendable, Hashable {
    public static let defaultMaxKm = 40.0
    public static let maxPreferences = 10

    public var id: String
    public var year: Int
    public var location: Coordinate
    public var hub: String?
    public var disadvantaged: Bool
    public var send: Bool
    public var priorExperience: Bool
    /// Unique across the round; a lower number is luckier.
    public var lottery: Int64
    public var maxKm: Double
    /// Opportunity ids, most wanted first; may be empty.
    public var preferences: [String]

    public init(
        id: String, year: Int, location: Coordinate, hub: String? = nil, disadvantaged: Bool = false,
        send: Bool = false, priorExperience: Bool = false, lottery: Int64, maxKm: Double = defaultMaxKm,
        preferences: [String] = []
    ) {
        self.id = id
        self.year = year
        self.location = location
        self.hub = hub
        self.disadvantaged = disadvantaged
        self.send = send
        self.priorExperience = priorExperience
        self.lottery = lottery
        self.maxKm = maxKm
        self.preferences = preferences
    }
}

/// An opportunity with places to allocate.
public struct AllocationOpportunity: Sendable, Hashable {
    public var id: String
    public var location: Coordinate
    public var capacity: Int
    public var isVirtual: Bool
    public var years: [Int]
    public var hub: String?
    /// This opportunity's own priority order; nil means the round's.
    public var priority: [PriorityCriterion]?

    public init(
        id: String, location: Coordinate, capacity: Int, isVirtual: Bool = false, years: [Int],
        hub: String? = nil, priority: [PriorityCriterion]? = nil
    ) {
        self.id = id
        self.location = location
        self.capacity = capacity
        self.isVirtual = isVirtual
        self.years = years
        self.hub = hub
        self.priority = priority
    }
}

/// Everything one allocation run needs: plain values in, so the engine does no I/O.
public struct AllocationInstance: Sendable, Hashable {
    public var priority: [PriorityCriterion]
    public var students: [AllocationStudent]
    public var opportunities: [AllocationOpportunity]

    public init(
        priority: [PriorityCriterion] = PriorityCriterion.defaultOrder, students: [AllocationStudent],
        opportunities: [AllocationOpportunity]
    ) {
        self.priority = priority
        self.students = students
        self.opportunities = opportunities
    }
}

/// What the round does beyond deferred acceptance.
public struct AllocationOptions: Sendable, Hashable {
    /// Place students left unplaced by phase 1 in the remaining places (max count, then min distance).
    public var clearing: Bool
    /// Explain, for every student, why each opportunity ranked above their outcome was not given.
    public var explain: Bool
    /// How many of each student's nearest eligible places clearing starts from. Any value gives
    /// the same, certified optimum (missing pairs are found and added); it only changes the work.
    public var clearingCandidates: Int

    public init(clearing: Bool = true, explain: Bool = false, clearingCandidates: Int = 32) {
        self.clearing = clearing
        self.explain = explain
        self.clearingCandidates = max(1, clearingCandidates)
    }
}
