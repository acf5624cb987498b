import Foundation
import Logging
import ServiceLifecycle

/// Answers queued password-reset requests in the background: at once when this instance queued
/// one, and every few seconds for requests other instances queued.
struct PasswordResetMailer: Service {
    let passwords: PasswordService
    let signal: WakeUpSignal
    let linkBase: String
    let poll: Duration
    let logger: Logger

    func run() async throws {
        let signal = self.signal, poll = self.poll
        try? await cancelWhenGracefulShutdown {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    while !Task.isCancelled {
                        try await Task.sleep(for: poll)
                        signal.signal()
                    }
                }
                group.addTask {
                    for await _ in signal.wakeUps {
                        do {
                            try await passwords.sendQueuedResets(linkBase: linkBase)
                        } catch {
                            if Task.isCancelled { return }
                            logger.warning("answering password-reset requests failed; will retry", metadata: ["error": "\(error)"])
                        }
                    }
                }
                try await group.next()
                group.cancelAll()
            }
        }
    }
}
