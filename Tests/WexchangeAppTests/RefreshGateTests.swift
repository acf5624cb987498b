import Foundation
import Synchronization
import Testing
@testable import WexchangeApp

@Suite struct RefreshGateTests {
    struct Boom: Error {}

    final class Tally: Sendable {
        let state = Mutex((running: 0, most: 0, done: 0, failures: 0))
    }

    /// Hundreds of overlapping callers all finish, jobs never overlap, and a failing job fails
    /// only its own caller. (The gate once spun forever when a caller arrived just as a job ended.)
    @Test(.timeLimit(.minutes(1)))
    func overlappingCallersEachRunOnceAndNeverTogether() async throws {
        let gate = RefreshGate()
        let tally = Tally()
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<400 {
                group.addTask {
                    do {
                        try await gate.run {
                            tally.state.withLock {
                                $0.running += 1; $0.most = max($0.most, $0.running)
                            }
                            if index % 3 == 0 { await Task.yield() }
                            tally.state.withLock {
                                $0.running -= 1; $0.done += 1
                            }
                            if index % 50 == 0 { throw Boom() }
                        }
                    } catch {
                        tally.state.withLock { $0.failures += 1 }
                    }
                }
            }
        }
        let final = tally.state.withLock { $0 }
        #expect(final.done == 400)
        #expect(final.most == 1)
        #expect(final.failures == 8)
    }
}
