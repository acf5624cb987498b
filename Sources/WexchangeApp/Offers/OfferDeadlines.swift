import Foundation
import Logging
import ServiceLifecycle

/// Lapses offers nobody answered by their deadline, every so often, so their places go back to
/// their rounds for re-clearing (pages already read such offers as lapsed before this runs).
struct OfferDeadlines: Service {
    let offers: OfferService
    let interval: Duration
    let logger: Logger

    func run() async throws {
        try await Repeating.run(every: interval, logger: logger, what: "lapsing overdue offers") {
            let lapsed = try await offers.lapseOverdue()
            if lapsed > 0 { logger.info("lapsed \(lapsed) offers not answered by their deadline") }
        }
    }
}
