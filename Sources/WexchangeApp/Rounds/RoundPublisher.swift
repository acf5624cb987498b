import FluentKit
import Foundation
import WexchangeCore

/// Publishing a round's reviewed results: every offer is made at once, and each student with an
/// email address is told (through the outbox) where, and by when to answer.
struct RoundPublisher: Sendable {
    let storage: Storage
    let outbox: Outbox
    let publicURL: String
    let now: @Sendable () -> Date

    /// Results ready → published; returns how many offers were made.
    @discardableResult
    func publish(_ roundId: UUID, by actor: AuditActor) async throws -> Int {
        let at = now()
        return try await storage.transaction { db in
            let round = try await RoundService.find(roundId, on: db)
            guard round.roundState == .resultsReady else {
                let message =
                    round.roundState == .published
                    ? "This round's offers are already made" : "This round has not run yet: there is nothing to publish"
                throw AppError(.conflict, code: "wrong_state", message: message)
            }
            let offers = try await OfferModel.query(on: db).filter(\.$round.$id == roundId)
                .filter(\.$state == OfferState.pending.rawValue).with(\.$student).with(\.$opportunity).all()
            try await OfferModel.query(on: db).filter(\.$round.$id == roundId).filter(\.$state == OfferState.pending.rawValue)
                .set(\.$state, to: OfferState.offered.rawValue).update()
            round.state = RoundState.published.rawValue
            round.publishedAt = at
            try await round.update(on: db)
            let deadline = round.settings.offerDeadline
            for offer in offers {
                guard let email = offer.student.email, offer.student.pseudonymisedAt == nil else { continue }
                try await outbox.send(
                    to: email, subject: "You have a work experience offer",
                    body: """
                        Hello \(offer.student.forename),

                        You have been offered a place: \(offer.opportunity.title).

                        Sign in to Wexchange to see it and to accept or decline it by \(DateStyle.day(deadline)):
                        \(publicURL)/

                        If you are under 18, a parent or carer will be asked to give consent before the placement is confirmed.
                        """, on: db)
            }
            try await AuditLog.record(.roundPublish, roundId, reason: "\(offers.count) offers made", by: actor, at: at, in: db)
            return offers.count
        }
    }
}
