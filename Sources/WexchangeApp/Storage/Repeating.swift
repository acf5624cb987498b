import Foundation
import Logging
import ServiceLifecycle

/// A chore the server does every so often (sweeping credentials, lapsing offers): done at
/// start, then after each interval, until the server stops; a failure is logged and retried.
enum Repeating {
    static func run(every interval: Duration, logger: Logger, what: String, _ body: @Sendable () async throws -> Void) async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                try await body()
            } catch {
                // A chore cut short because the server is stopping (or never started) is no failure.
                if Task.isCancelled || Task.isShuttingDownGracefully { return }
                logger.warning("\(what) failed; will retry", metadata: ["error": "\(error)"])
            }
            do {
                // A plain sleep would hold up a graceful shutdown (SIGTERM) for the whole interval.
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            } catch {
                return
            }
        }
    }
}
