/// The figures a round reports: who was placed, how, and whether priority groups did as well.
public struct AllocationStatistics: Sendable, Hashable {
    public struct Group: Sendable, Hashable {
        /// `disadvantaged`, `send`, `no_prior` or `others` (none of the three).
        public var name: String
        public var students = 0
        /// Placed in either phase.
        public var placed = 0
        /// Placed at one of their first three choices by phase 1.
        public var topThree = 0

        public var placementRate: Double { students == 0 ? 0 : Double(placed) / Double(students) }
        public var topThreeRate: Double { students == 0 ? 0 : Double(topThree) / Double(students) }
    }

    public var students = 0
    public var places = 0
    public var placedPhase1 = 0
    public var placedClearing = 0
    public var unplaced: Int { students - placedPhase1 - placedClearing }
    /// Phase-1 placements by the rank received: `byRank[0]` got their first choice.
    public var byRank = [Int](repeating: 0, count: AllocationStudent.maxPreferences)
    public var groups: [Group] = ["disadvantaged", "send", "no_prior", "others"].map { Group(name: $0) }
    public var placesLeftAfterPhase1: Int { places - placedPhase1 }
    public var placesLeft: Int { places - placedPhase1 - placedClearing }
    public var proposals = 0
    public var skippedPreferences = 0
    public var clearing: ClearingReport?

    init(instance: AllocationInstance, placements: [AllocationResult.Placement]) {
        students = instance.students.count
        places = instance.opportunities.reduce(0) { $0 + $1.capacity }
        for (student, placement) in zip(instance.students, placements) {
            var placed = true, topThree = false
            switch placement {
            case .phase1(_, let rank):
                placedPhase1 += 1
                byRank[rank - 1] += 1
                topThree = rank <= 3
            case .clearing: placedClearing += 1
            case .unplaced: placed = false
            }
            let memberships = [student.disadvantaged, student.send, !student.priorExperience]
            let isOther = !memberships.contains(true)
            for (index, member) in (memberships + [isOther]).enumerated() where member {
                groups[index].students += 1
                if placed { groups[index].placed += 1 }
                if topThree { groups[index].topThree += 1 }
            }
        }
    }
}
