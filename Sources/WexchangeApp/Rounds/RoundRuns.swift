import Foundation
import Logging
import Synchronization

/// Rounds running in the background on this instance, with the step each has reached, so the
/// round's page can say how far it has got. A run that fails leaves its message for the page;
/// a round runs once at a time here (the runner's transaction guards against other instances).
final class RoundRuns: Sendable {
    struct Status: Sendable, Equatable {
        /// The runner's latest step ("allocating 60 students to 2 opportunities").
        var step: String
        let started: Date
        /// Why it stopped, in the runner's words; nil while it runs.
        var failure: String?
    }

    private let runs = Mutex<[UUID: Status]>([:])

    func status(_ round: UUID) -> Status? { runs.withLock { $0[round] } }

    /// Starts `work` for the round unless it is already running here; returns whether it started.
    /// The status goes when the work ends well, and keeps its failure when it does not.
    @discardableResult
    func start(
        _ round: UUID, at: Date, logger: Logger, _ work: @escaping @Sendable (@escaping @Sendable (String) -> Void) async throws -> Void
    ) -> Bool {
        let started = runs.withLock { runs -> Bool in
            if let running = runs[round], running.failure == nil { return false }
            runs[round] = Status(step: "starting", started: at, failure: nil)
            return true
        }
        guard started else { return false }
        Task.detached {
            do {
                try await work { step in self.runs.withLock { $0[round]?.step = step } }
                self.runs.withLock { $0[round] = nil }
            } catch {
                let message = (error as? AppError)?.message ?? "The run stopped unexpectedly; nothing was written. Try again."
                if !(error is AppError) { logger.error("round run failed", metadata: ["round": "\(round)", "error": "\(error)"]) }
                self.runs.withLock { $0[round]?.failure = message }
            }
        }
        return true
    }
}
