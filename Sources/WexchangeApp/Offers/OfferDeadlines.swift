import Foundation
import Logging
import ServiceLifecycle

/// Lapses offers nobody answered by their deadline, every so often, so their places go back (to
/// their rounds for re-clearing, or to the opportunity), and expires requests providers did not
/// answer, so students may ask again (pages already read both as closed before this runs), and
/// sends the week-before reminders of confirmed placements, and puts finished placements into
/// their students' journeys.
struct OfferDeadlines: Service {
    let offers: OfferService
    let requests: PlaceRequestService
    let reminders: PlacementReminders
    let completion: PlacementCompletion
    let interval: Duration
    let logger: Logger

    func run() async throws {
        try await Repeating.run(every: interval, logger: logger, what: "lapsing overdue offers") {
            let lapsed = try await offers.lapseOverdue()
            if lapsed > 0 { logger.info("lapsed \(lapsed) offers not answered by their deadline") }
            let expired = try await requests.expireOverdue()
            if expired > 0 { logger.info("expired \(expired) requests providers did not answer in time") }
            let reminded = try await reminders.sendDue()
            if reminded > 0 { logger.info("reminded \(reminded) placements starting next week") }
            let finished = try await completion.completeDue()
            if finished > 0 { logger.info("added \(finished) finished placements to students' journeys") }
        }
    }
}
