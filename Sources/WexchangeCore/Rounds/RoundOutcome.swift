import Foundation
import WexchangeMatching

/// What a round's run decided for one student, and why each choice ranked above it was not
/// given: kept with the round so the student's result page explains it as it was decided, even
/// after their records change.
public struct RoundOutcome: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// Placed at one of their choices (`rank`).
        case choice
        /// Placed by clearing, where none of their choices had room.
        case clearing
        case unplaced
    }

    /// Why one choice was not given, without anything about the students who got it.
    public enum Reason: Sendable, Hashable, Codable {
        /// Full with students of higher priority; `sameGroup`: the student had the same priority
        /// as the last one admitted, so the round's lottery decided.
        case full(sameGroup: Bool)
        case noPlaces
        case tooFar(km: Double, limitKm: Double)
        case yearNotAccepted(year: Int, accepted: [Int])
    }

    public struct NotGiven: Sendable, Hashable, Codable {
        public var rank: Int
        public var opportunity: UUID
        public var reason: Reason

        public init(rank: Int, opportunity: UUID, reason: Reason) {
            self.rank = rank
            self.opportunity = opportunity
            self.reason = reason
        }
    }

    public var kind: Kind
    /// The choice they were placed at (1 = first).
    public var rank: Int?
    public var notGiven: [NotGiven]

    public init(kind: Kind, rank: Int?, notGiven: [NotGiven]) {
        self.kind = kind
        self.rank = rank
        self.notGiven = notGiven
    }

    /// The engine's decision for one student; `opportunityIds` are the instance's, by position.
    public init(placement: AllocationResult.Placement, notGiven: [AllocationResult.NotGiven], opportunityIds: [UUID]) {
        switch placement {
        case .phase1(_, let rank): (kind, self.rank) = (.choice, rank)
        case .clearing: (kind, rank) = (.clearing, nil)
        case .unplaced: (kind, rank) = (.unplaced, nil)
        }
        self.notGiven = notGiven.map { item in
            let reason: Reason
            switch item.reason {
            case .full(let cutoff, let yours): reason = .full(sameGroup: cutoff.dropLast() == yours.dropLast())
            case .noPlaces: reason = .noPlaces
            case .notEligible(.tooFar(let km, let limit)): reason = .tooFar(km: km, limitKm: limit)
            case .notEligible(.yearNotAccepted(let year, let accepted)): reason = .yearNotAccepted(year: year, accepted: accepted)
            }
            return NotGiven(rank: item.rank, opportunity: opportunityIds[item.opportunity], reason: reason)
        }
    }
}

/// The result in words a 14-year-old and their parent understand. Names the opportunities and
/// the round's rules; never another student, nor how many students of a group there were.
public enum RoundExplanation {
    /// What the student got: "You have a place at your 2nd choice: …".
    public static func headline(_ outcome: RoundOutcome, placedAt title: String?) -> String {
        switch (outcome.kind, title) {
        case (.choice, let title?):
            let rank = outcome.rank ?? 1
            return rank == 1
                ? "You have a place at your 1st choice: \(title)."
                : "You have a place at your \(Ordinal.text(rank)) choice: \(title)."
        case (.clearing, let title?):
            return "None of your choices had room for you, so you have been offered the nearest place left that suits you: \(title)."
        default:
            return "You have not been given a place in this round. Your school can still find you one as places come back."
        }
    }

    /// One sentence per choice not given: "Your 1st choice, Hospital visit at Freeman Hospital,
    /// was full: all 6 places went to students with higher priority in this round (for this
    /// opportunity, priority goes first to …)".
    /// Who reads it: the student ("your", "you"), or their school's staff ("their", "they").
    public enum Reader: Sendable {
        case student, staff

        var possessive: String { self == .student ? "Your" : "Their" }
        var object: String { self == .student ? "you" : "them" }
        var subject: String { self == .student ? "you" : "they" }
    }

    public static func sentence(
        _ item: RoundOutcome.NotGiven, title: String, places: Int, criteria: [PriorityCriterion], to reader: Reader = .student
    ) -> String {
        let choice = "\(reader.possessive) \(Ordinal.text(item.rank)) choice, \(title),"
        switch item.reason {
        case .full(let sameGroup):
            let went = places == 1 ? "its only place went" : "all \(places) places went"
            let who =
                sameGroup
                ? "to students with higher priority, or with the same priority as \(reader.object) and drawn ahead of \(reader.object) in the round's lottery"
                : "to students with higher priority in this round"
            return "\(choice) was full: \(went) \(who) (\(order(criteria)))."
        case .noPlaces:
            return "\(choice) had no places in this round."
        case .tooFar(let km, let limit):
            return "\(choice) is \(kilometres(km)) away, beyond the \(kilometres(limit)) \(reader.subject) can travel."
        case .yearNotAccepted(let year, let accepted):
            let years = accepted.map(String.init)
            let list = years.count == 1 ? "Year \(years[0])" : "Years \(years.dropLast().joined(separator: ", ")) and \(years.last!)"
            return "\(choice) is not open to Year \(year): it takes \(list)."
        }
    }

    /// "for this opportunity, priority goes first to …, then …; students with the same priority
    /// are ordered by the round's lottery".
    public static func order(_ criteria: [PriorityCriterion]) -> String {
        guard let first = criteria.first else {
            return "for this opportunity, places go in the order of the round's lottery"
        }
        let rest = criteria.dropFirst().map { ", then \($0.label)" }.joined()
        return
            "for this opportunity, priority goes first to \(first.label)\(rest); students with the same priority are ordered by the round's lottery"
    }

    /// "46 km", "2.5 km".
    static func kilometres(_ km: Double) -> String {
        let rounded = (km * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded)) km" : "\(rounded) km"
    }
}
