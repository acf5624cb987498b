import Foundation

/// The allocation engine's entry point: validated values in, decisions out, no I/O.
public enum Allocator {
    /// Runs a round: deferred acceptance, then (optionally) clearing, cutoffs, statistics and
    /// (optionally) explanations. Throws if the instance breaks a rule; `progress` hears stages.
    public static func allocate(
        _ instance: AllocationInstance, options: AllocationOptions = AllocationOptions(),
        progress: (String) -> Void = { _ in }
    ) throws(AllocationInputError) -> AllocationResult {
        var timings: [(stage: String, seconds: Double)] = []
        func timed<T>(_ stage: String, _ work: () -> T) -> T {
            let (value, seconds) = measured(work)
            timings.append((stage, seconds))
            progress("\(stage): \(formatSeconds(seconds))")
            return value
        }

        try instance.validate()
        let prepared = timed("prepare") { PreparedInstance(instance) }
        let phase1 = timed("phase 1 (deferred acceptance)") { DeferredAcceptance(prepared) }
        let clearing =
            options.clearing
            ? timed("phase 2 (clearing)") {
                Clearing(
                    prepared: prepared, phase1: phase1, roundPriority: instance.priority,
                    candidates: options.clearingCandidates, progress: progress
                )
            }
            : nil

        var placements = [AllocationResult.Placement](repeating: .unplaced, count: prepared.studentCount)
        for s in 0..<prepared.studentCount {
            if phase1.assigned[s] >= 0 {
                placements[s] = .phase1(opportunity: Int(phase1.assigned[s]), rank: Int(phase1.rankReceived[s]))
            } else if let clearing, clearing.assigned[s] >= 0 {
                placements[s] = .clearing(opportunity: Int(clearing.assigned[s]))
            }
        }
        let cutoffs = (0..<prepared.opportunityCount).map { o -> AllocationResult.Cutoff in
            let capacity = Int(prepared.capacities[o]), load = Int(phase1.load[o])
            if capacity == 0 { return .noPlaces }
            if load < capacity { return .notFull(placesLeft: capacity - load) }
            return .full(tuple: prepared.tuple(ofKey: phase1.worstKey(o)!, opportunity: o, instance: instance))
        }
        var skipped: [AllocationResult.SkippedPreference] = []
        for s in 0..<prepared.studentCount {
            for p in Int(prepared.preferenceStart[s])..<Int(prepared.preferenceStart[s + 1]) where !prepared.preferenceEligible[p] {
                let o = Int(prepared.preferences[p])
                let reason = prepared.ineligibility(student: s, opportunity: o, instance: instance)!
                skipped.append(.init(student: s, rank: p - Int(prepared.preferenceStart[s]) + 1, opportunity: o, reason: reason))
            }
        }
        var statistics = AllocationStatistics(instance: instance, placements: placements)
        statistics.proposals = phase1.proposals
        statistics.skippedPreferences = skipped.count
        statistics.clearing = clearing?.report

        let explanations =
            options.explain
            ? timed("explanations") {
                Explanations.make(prepared: prepared, phase1: phase1, placements: placements, cutoffs: cutoffs, instance: instance)
            }
            : nil
        return AllocationResult(
            criteria: prepared.criteria, placements: placements, cutoffs: cutoffs, skippedPreferences: skipped,
            explanations: explanations, statistics: statistics, timings: timings
        )
    }
}

/// For each student, why each opportunity ranked above their outcome was not given.
enum Explanations {
    static func make(
        prepared: PreparedInstance, phase1: DeferredAcceptance, placements: [AllocationResult.Placement],
        cutoffs: [AllocationResult.Cutoff], instance: AllocationInstance
    ) -> [[AllocationResult.NotGiven]] {
        (0..<prepared.studentCount).map { s in
            let start = Int(prepared.preferenceStart[s]), end = Int(prepared.preferenceStart[s + 1])
            var above = end - start
            if case .phase1(_, let rank) = placements[s] { above = rank - 1 }
            return (0..<above).map { position in
                let o = Int(prepared.preferences[start + position])
                let reason: AllocationResult.NotGiven.Reason
                if let ineligibility = prepared.ineligibility(student: s, opportunity: o, instance: instance) {
                    reason = .notEligible(ineligibility)
                } else if case .full(let cutoff) = cutoffs[o] {
                    // Stability guarantees the student's key is worse than the cutoff here.
                    let yours = prepared.tuple(ofKey: prepared.priorityKey(student: s, opportunity: o), opportunity: o, instance: instance)
                    reason = .full(cutoff: cutoff, yours: yours)
                } else {
                    precondition(cutoffs[o] == .noPlaces, "explanations: an eligible opportunity with room was passed over")
                    reason = .noPlaces
                }
                return AllocationResult.NotGiven(rank: position + 1, opportunity: o, reason: reason)
            }
        }
    }
}
