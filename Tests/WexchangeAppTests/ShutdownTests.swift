import Foundation
import Logging
import ServiceLifecycle
import Testing
@testable import WexchangeApp

/// SIGTERM starts a graceful shutdown: the background services must end promptly, not after
/// their next wake-up (the sweeper sleeps an hour, so `serve` once ignored SIGTERM that long).
@Suite struct ShutdownTests {
    // No time limit: under the parallel suite the app's set-up alone can take a minute; the race
    // below is what bounds the wait for the services.
    @Test
    func backgroundServicesEndOnGracefulShutdown() async throws {
        try await withApp { app in
            let services = app.services
            let group = ServiceGroup(
                configuration: .init(
                    services: [
                        CatalogueRefreshService(catalogue: services.catalogue, interval: .seconds(3600), logger: services.logger),
                        CredentialSweeper(storage: services.storage, now: services.now, interval: .seconds(3600), logger: services.logger),
                        PasswordResetMailer(
                            passwords: services.passwords, signal: services.resetRequests, linkBase: "", poll: .seconds(3600),
                            logger: services.logger),
                    ], logger: Logger(label: "shutdown-test")))
            // Ends when the services have stopped, or after 10 s (then cancels them, so a regression fails instead of hanging).
            let stoppedInTime = try await withThrowingTaskGroup(of: Bool.self) { race in
                race.addTask {
                    try await group.run(); return true
                }
                race.addTask {
                    try await Task.sleep(for: .milliseconds(300))  // the sweeper has swept and gone to sleep
                    await group.triggerGracefulShutdown()
                    try await Task.sleep(for: .seconds(10))
                    return false
                }
                let first = try await race.next()!
                race.cancelAll()
                return first
            }
            #expect(stoppedInTime, "the services were still running 10 s after a graceful shutdown began")
        }
    }
}
