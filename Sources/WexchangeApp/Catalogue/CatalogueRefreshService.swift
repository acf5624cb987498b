import Foundation
import Logging
import ServiceLifecycle

/// Polls the database for catalogue changes made by other app instances.
struct CatalogueRefreshService: Service {
    let catalogue: Catalogue
    let interval: Duration
    let logger: Logger

    func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                // A plain sleep would hold up a graceful shutdown (SIGTERM) for the whole interval.
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            } catch {
                return
            }
            do {
                try await catalogue.refresh()
            } catch {
                logger.warning("catalogue refresh failed; will retry", metadata: ["error": "\(error)"])
            }
        }
    }
}
