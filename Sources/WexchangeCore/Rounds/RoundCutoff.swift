import WexchangeMatching

/// How far down an opportunity's priority order its places reached, published on the round's
/// page (as schools publish the last category admitted). It describes a priority group, never a
/// student: no name, no count.
public enum RoundCutoff: Hashable, Sendable {
    /// Full: the last place went to a student in this group (one flag per criterion, met or not).
    case full(criteria: [PriorityCriterion], met: [Bool])
    case placesLeft(Int)
    case noPlaces

    /// From the engine's result file: `status`, `criteria`, `cutoff` (0 = met, then the lottery
    /// number) and `places_left`. Nil for anything it does not recognise.
    public init?(status: String, criteria: [String]?, cutoff: [Int64]?, placesLeft: Int?) {
        switch status {
        case "full":
            let order = (criteria ?? []).compactMap(PriorityCriterion.init(rawValue:))
            guard let cutoff, order.count == criteria?.count, cutoff.count == order.count + 1 else { return nil }
            self = .full(criteria: order, met: cutoff.dropLast().map { $0 == 0 })
        case "not_full":
            guard let placesLeft else { return nil }
            self = .placesLeft(placesLeft)
        case "no_places": self = .noPlaces
        default: return nil
        }
    }

    /// "Full: places reached students eligible for free school meals, the pupil premium or in
    /// care, then by lottery"; "3 places left"; "No places".
    public var sentence: String {
        switch self {
        case .noPlaces: return "No places"
        case .placesLeft(let left): return left == 1 ? "1 place left after choices" : "\(left) places left after choices"
        case .full(let criteria, let met):
            // Every student placed met the criteria the last one met up to the first they did
            // not: that prefix is the group the places reached.
            let reached = zip(criteria, met).prefix { $0.1 }.map(\.0)
            guard !reached.isEmpty else {
                return criteria.isEmpty
                    ? "Full: places went by the round's lottery"
                    : "Full: places reached students outside the first priority group, by the round's lottery"
            }
            let who = reached.map(\.clause).joined(separator: " and ")
            return "Full: every place went to students who \(who); among them, by the round's lottery"
        }
    }
}

extension PriorityCriterion {
    /// The group's name as a heading or list item (results by group, the set-up form).
    public var groupName: String {
        switch self {
        case .disadvantaged: "Disadvantaged (free school meals, the pupil premium or in care)"
        case .send: "Special educational needs or disabilities"
        case .noPrior: "No work experience yet"
        case .local: "At a school in this Careers Hub"
        }
    }

    /// What a student in the group is, as a clause after "students who" (joins with "and").
    public var clause: String {
        switch self {
        case .disadvantaged: "are disadvantaged (free school meals, the pupil premium or in care)"
        case .send: "have special educational needs or disabilities"
        case .noPrior: "have not had work experience yet"
        case .local: "go to a school in this Careers Hub"
        }
    }
}
