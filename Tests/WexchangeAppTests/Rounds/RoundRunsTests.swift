import Foundation
import Logging
import Testing
@testable import WexchangeApp

/// Background runs: one at a time per round, their progress readable, a failure kept in words.
@Suite struct RoundRunsTests {
    let logger = Logger(label: "round-runs-test")

    func waitUntil(_ done: () -> Bool) async throws {
        for _ in 0..<200 where !done() { try await Task.sleep(for: .milliseconds(10)) }
    }

    @Test func aRoundRunsOnceAtATimeAndSaysHowFarItHasGot() async throws {
        let runs = RoundRuns()
        let round = UUID()
        let gate = AsyncStream<Void>.makeStream()
        #expect(
            runs.start(round, at: testNow, logger: logger) { progress in
                progress("allocating 60 students to 2 opportunities")
                for await _ in gate.stream { break }
            })
        try await waitUntil { runs.status(round)?.step.hasPrefix("allocating") == true }
        #expect(runs.status(round)?.step == "allocating 60 students to 2 opportunities")
        #expect(!runs.start(round, at: testNow, logger: logger) { _ in Issue.record("ran twice") }, "already running")
        #expect(runs.start(UUID(), at: testNow, logger: logger) { _ in }, "another round is free to run")
        gate.continuation.yield()
        try await waitUntil { runs.status(round) == nil }
        #expect(runs.status(round) == nil, "done: nothing left to show")
    }

    @Test func aFailureIsKeptInWordsAndTheRoundMayRunAgain() async throws {
        let runs = RoundRuns()
        let round = UUID()
        runs.start(round, at: testNow, logger: logger) { _ in
            throw AppError(.conflict, code: "wrong_state", message: "The round changed while it ran; nothing was written")
        }
        try await waitUntil { runs.status(round)?.failure != nil }
        #expect(runs.status(round)?.failure == "The round changed while it ran; nothing was written")
        struct Crash: Error {}
        #expect(runs.start(round, at: testNow, logger: logger) { _ in throw Crash() }, "a stopped run may start again")
        try await waitUntil { runs.status(round)?.failure?.hasPrefix("The run stopped unexpectedly") == true }
        #expect(runs.status(round)?.failure == "The run stopped unexpectedly; nothing was written. Try again.")
    }
}
