/// Where one student stands against their school's policy and Gatsby Benchmark 6.
public struct StudentProgress: Sendable {
    public struct Item: Sendable, Identifiable {
        public enum State: Sendable, Equatable {
            case met
            /// Its years are still ahead or under way, and it is not due this year.
            case notYetDue
            /// Due by the end of this year and not met yet: the student is behind.
            case dueThisYear
            /// Its years are over and it was not met.
            case missed
        }

        public let milestone: Milestone
        public let have: Double
        public let state: State

        public var id: String { milestone.id }
        public var isBehind: Bool { state == .dueThisYear || state == .missed }

        /// What is still needed, in words: "3 more placement days by the end of Year 11".
        public var stillNeeded: String? {
            guard state != .met else { return nil }
            let missing = max(0, milestone.need - have)
            let more = have > 0
            let amount: String
            switch milestone.measure {
            case .activityDays: amount = "\(DayCount.text(missing, more: more)) of work experience activities"
            case .placementDays: amount = "\(DayCount.text(missing, more: more)) of placements"
            case .placements: amount = missing == 1 ? "a placement" : "\(Int(missing)) placements"
            case .meaningful: amount = "a meaningful experience of a workplace"
            }
            let needed = missing == 0 ? "one of them in person" : amount
            return state == .missed
                ? "Missed: \(milestone.label.lowercasedFirst)" : "\(needed.capitalisedFirst) by the end of Year \(milestone.dueYear)"
        }
    }

    public let year: Int
    public let placementDays: Double
    /// Talks, visits, shadowing and other encounters, reported apart from placement days.
    public let encounterDays: Double
    public let encounters: Int
    public let policy: [Item]
    public let benchmark6: [Item]

    /// Behind where they should be for their year: a milestone due by now and not met.
    public var isAtRisk: Bool { (policy + benchmark6).contains(where: \.isBehind) }
    /// Meets Gatsby Benchmark 6 so far: every B6 milestone due by now is met (and at least one is).
    public var meetsBenchmark6SoFar: Bool { benchmark6.contains { $0.state == .met } && !benchmark6.contains(where: \.isBehind) }

    public init(year: Int, entries: [JourneyEntry], policy: TargetPolicy) {
        self.year = year
        let placements = entries.filter(\.isPlacement)
        placementDays = placements.reduce(0) { $0 + $1.days }
        encounterDays = entries.filter { !$0.isPlacement }.reduce(0) { $0 + $1.days }
        encounters = entries.count - placements.count
        func items(_ milestones: [Milestone]) -> [Item] {
            milestones.map { milestone in
                let (have, inPerson) = milestone.count(entries)
                let met = have >= milestone.need && (!milestone.needsInPerson || inPerson)
                let state: Item.State =
                    met ? .met : milestone.dueYear < year ? .missed : milestone.dueYear == year ? .dueThisYear : .notYetDue
                return Item(milestone: milestone, have: have, state: state)
            }
        }
        self.policy = items(policy.milestones)
        benchmark6 = items(GatsbyBenchmark6.milestones)
    }
}

/// Days as people say them: "1 day", "2.5 days".
public enum DayCount {
    /// `more`: "3 more days".
    public static func text(_ days: Double, more: Bool = false) -> String {
        let number = days == days.rounded() ? String(Int(days)) : String(days)
        return "\(number)\(more ? " more" : "") day\(days == 1 ? "" : "s")"
    }
}

extension String {
    /// "A week…" → "a week…", inside a sentence.
    public var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
    /// "line 4" → "Line 4".
    public var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
    /// A label inside a sentence: "Date of birth" → "date of birth", but "UPN" and "SEN provision" stay.
    public var midSentence: String {
        let start = Array(prefix(2))
        return start.count == 2 && start.allSatisfy(\.isUppercase) ? self : lowercasedFirst
    }
}
