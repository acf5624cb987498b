/// What a round decided, by position in the instance's arrays (`AllocationResultFile` turns
/// positions into ids).
public struct AllocationResult: Sendable {
    public enum Placement: Sendable, Hashable {
        /// Placed by deferred acceptance at the student's `rank`-th choice (1-based).
        case phase1(opportunity: Int, rank: Int)
        /// Placed by clearing, at an opportunity the student may not have ranked.
        case clearing(opportunity: Int)
        case unplaced
    }

    public enum Cutoff: Sendable, Hashable {
        /// Full after phase 1: the priority tuple of the last student admitted.
        case full(tuple: [Int64])
        case notFull(placesLeft: Int)
        /// Capacity 0: nobody can be admitted.
        case noPlaces
    }

    /// A preference phase 1 skipped because the student may not take it.
    public struct SkippedPreference: Sendable, Hashable {
        public var student: Int
        public var rank: Int
        public var opportunity: Int
        public var reason: Ineligibility
    }

    /// Why a student did not get an opportunity they ranked above their outcome.
    public struct NotGiven: Sendable, Hashable {
        public enum Reason: Sendable, Hashable {
            /// Full with students of higher priority: the cutoff, and the student's own tuple there.
            case full(cutoff: [Int64], yours: [Int64])
            case noPlaces
            case notEligible(Ineligibility)
        }
        public var rank: Int
        public var opportunity: Int
        public var reason: Reason

        public init(rank: Int, opportunity: Int, reason: Reason) {
            self.rank = rank
            self.opportunity = opportunity
            self.reason = reason
        }
    }

    /// Priority criteria per opportunity (its own or the round's), to read cutoff tuples by.
    public var criteria: [[PriorityCriterion]]
    /// Parallel to the instance's students.
    public var placements: [Placement]
    /// Parallel to the instance's opportunities; as phase 1 left them.
    public var cutoffs: [Cutoff]
    public var skippedPreferences: [SkippedPreference]
    /// With `explain`: parallel to the students.
    public var explanations: [[NotGiven]]?
    public var statistics: AllocationStatistics
    /// Seconds per stage, for progress reports and benchmarks (never written to the output).
    public var timings: [(stage: String, seconds: Double)]
}
