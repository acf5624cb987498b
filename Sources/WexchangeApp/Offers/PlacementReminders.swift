import FluentKit
import Foundation
import SQLKit
import WexchangeCore

/// The week-before reminder: each confirmed placement whose next session starts within the
/// coming week, once, to the student and their linked parents, with the facts they need to turn
/// up (dates, address, times, what to bring). Marked sent with a conditional update, so two
/// instances sweeping at once send it once.
struct PlacementReminders: Sendable {
    let storage: Storage
    let outbox: Outbox
    let publicURL: String
    let now: @Sendable () -> Date

    /// Sends every reminder due today; returns how many placements were reminded.
    @discardableResult
    func sendDue() async throws -> Int {
        let at = now()
        let today = CalendarDate(at)
        return try await storage.transaction { db in
            let confirmed = try await OfferModel.query(on: db).filter(\.$state == OfferState.confirmed.rawValue)
                .filter(\.$remindedAt == nil).with(\.$student).with(\.$opportunity).all()
            var sent = 0
            for offer in confirmed {
                let details = try offer.opportunity.details()
                guard let start = details.schedule.hostingRanges.map(\.start).filter({ $0 > today }).min(),
                    OfferRules.isDueReminder(firstDay: start, today: today)
                else { continue }
                let sql = db as! any SQLDatabase
                let marked = try await sql.raw(
                    """
                    UPDATE offers SET reminded_at = \(bind: at) WHERE id = \(bind: try offer.requireID()) AND reminded_at IS NULL
                    RETURNING id
                    """
                ).first()
                guard marked != nil else { continue }
                try await remind(offer, details, starting: start, on: db)
                sent += 1
            }
            return sent
        }
    }

    private func remind(_ offer: OfferModel, _ details: OpportunityDetails, starting start: CalendarDate, on db: any Database) async throws
    {
        let recipients = try await OfferService.family(offer.student, on: db)
        let name = offer.student.forename
        let provider = try await OrganisationModel.find(offer.opportunity.$provider.id, on: db)?.name ?? "the provider"
        let facts = PlacementFacts(details, providerName: provider).rows.map { "\($0.label): \($0.value)" }.joined(separator: "\n")
        for email in recipients {
            try await outbox.send(
                to: email, subject: "Reminder: \(name)'s placement starts on \(start.longText)",
                body: """
                    Hello,

                    \(name)'s work experience starts on \(start.longText).

                    \(facts)

                    The details are on Wexchange: \(publicURL)\(OfferRoutes.offer.link(try offer.requireID()))
                    """, on: db)
        }
    }
}
