import AllocationGenerator
import Benchmark
import WexchangeMatching

/// The allocation engine at 10,000, 100,000 and 600,000 students (a national year group), on
/// instances from `NationalInstance` (the same as `wexchange generate-instance`). Instances are
/// built before measuring; each benchmark times the engine only, in memory.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds, maxDuration: .seconds(120), maxIterations: 3)
    for students in [10_000, 100_000, 600_000] {
        let instance = NationalInstance(students: students).make()
        let round = try! PreparedRound(instance)
        Benchmark("phase 1 (deferred acceptance), \(students) students") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(round.deferredAcceptance()) }
        }
        Benchmark("whole round with clearing, \(students) students") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try! Allocator.allocate(instance)) }
        }
    }
}
