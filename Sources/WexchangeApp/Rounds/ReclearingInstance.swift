import Foundation
import WexchangeMatching

/// What a re-clearing pass solves: the round's own input cut down to the places that came back
/// and the students who took part and still have no offer, each keeping their choices among
/// those places in their order. The engine then runs as it did for the round (its priority
/// order, lottery numbers and clearing), so returned places go by the same rules.
enum ReclearingInstance {
    /// The places each opportunity has back: pledged minus those held by offers, never below none.
    static func placesBack(pledged: [String: Int], holding: [String: Int]) -> [String: Int] {
        pledged.reduce(into: [:]) { back, pledge in back[pledge.key] = max(0, pledge.value - (holding[pledge.key] ?? 0)) }
    }

    static func make(_ round: AllocationInstance, waiting: Set<String>, placesBack: [String: Int]) -> AllocationInstance {
        let opportunities = round.opportunities.compactMap { opportunity -> AllocationOpportunity? in
            guard let back = placesBack[opportunity.id], back > 0 else { return nil }
            var left = opportunity
            left.capacity = back
            return left
        }
        let open = Set(opportunities.map(\.id))
        let students = round.students.filter { waiting.contains($0.id) }.map { student in
            var still = student
            still.preferences = student.preferences.filter(open.contains)
            return still
        }
        return AllocationInstance(priority: round.priority, students: students, opportunities: opportunities)
    }
}
