/// The work experience target a school measures its students against, chosen per school
/// (students issue, "Progress against the target"; sources in DOMAIN.md).
public enum TargetPolicy: String, Taxonomy {
    /// DfE statutory careers guidance (May 2025, in force September 2025).
    case statutory2025 = "statutory-2025"
    /// The seed report's proposal: two weeks of placements over school life.
    case report2023 = "report-2023"

    public static let `default` = TargetPolicy.statutory2025

    public var label: String {
        switch self {
        case .statutory2025: "Statutory guidance (2025): a week of activities in KS3 and a week of placements in KS4"
        case .report2023: "Two weeks of placements: 10 days over school life, one placement in KS4 and one in KS5"
        }
    }

    /// The policy's milestones, in the order they fall due.
    public var milestones: [Milestone] {
        switch self {
        case .statutory2025:
            [
                Milestone(
                    id: "ks3-activities", label: "A week (5 days) of work experience activities in Years 7 to 9", years: 7...9,
                    measure: .activityDays, need: 5, needsInPerson: true),
                Milestone(
                    id: "ks4-placements", label: "A week (5 days) of placements in Years 10 and 11", years: 10...11,
                    measure: .placementDays, need: 5),
            ]
        case .report2023:
            [
                Milestone(
                    id: "ks4-placement", label: "A placement in Year 10 or 11", years: 10...11, measure: .placements, need: 1),
                Milestone(
                    id: "ks5-placement", label: "A placement in Year 12 or 13", years: 12...13, measure: .placements, need: 1),
                Milestone(
                    id: "two-weeks", label: "Two weeks (10 days) of placements, at least one in person, by the end of Year 13",
                    years: 7...13, measure: .placementDays, need: 10, needsInPerson: true),
            ]
        }
    }
}

/// Gatsby Benchmark 6 (statutory guidance): a meaningful experience of a workplace by 16, and a
/// further one by 18. Reported for every school, whichever policy it chose.
public enum GatsbyBenchmark6 {
    public static let milestones = [
        Milestone(
            id: "b6-by-16", label: "A meaningful experience of a workplace by 16 (Year 11)", years: 7...11, measure: .meaningful, need: 1),
        Milestone(id: "b6-by-18", label: "A further meaningful experience by 18 (Year 13)", years: 12...13, measure: .meaningful, need: 1),
    ]
}

/// One thing a student should have done by the end of a year group.
public struct Milestone: Hashable, Sendable, Identifiable {
    public enum Measure: Hashable, Sendable {
        /// Days of any experience (placements and encounters).
        case activityDays
        case placementDays
        /// How many placements.
        case placements
        /// How many experiences met all seven "meaningful" criteria.
        case meaningful
    }

    public let id: String
    public let label: String
    /// The year groups whose experiences count; due by the end of the last.
    public let years: ClosedRange<Int>
    public let measure: Measure
    public let need: Double
    /// At least one of the counted experiences must be in person (online ones add to it but do not replace it).
    public var needsInPerson = false

    public var dueYear: Int { years.upperBound }

    /// How much of the measure `entries` give, and whether one of them was in person.
    func count(_ entries: [JourneyEntry]) -> (have: Double, inPerson: Bool) {
        let counted = entries.filter { years.contains($0.yearGroup) }
        let relevant: [JourneyEntry]
        let have: Double
        switch measure {
        case .activityDays:
            relevant = counted
            have = counted.reduce(0) { $0 + $1.days }
        case .placementDays:
            relevant = counted.filter(\.isPlacement)
            have = relevant.reduce(0) { $0 + $1.days }
        case .placements:
            relevant = counted.filter(\.isPlacement)
            have = Double(relevant.count)
        case .meaningful:
            relevant = counted.filter(\.isMeaningful)
            have = Double(relevant.count)
        }
        return (have, relevant.contains(where: \.isInPerson))
    }
}
