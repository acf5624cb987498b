import FluentKit
import Foundation
import SQLKit
import WexchangeCore
import WexchangeGeo
import WexchangeMatching

/// Re-clearing a published round: places that came back (offers declined, refused consent, not
/// answered in time, placements cancelled) are offered to the students who took part and still
/// have no offer, by the round's own rules (`ReclearingInstance`), as many times as its staff run
/// it; students whose placement the provider cancelled go first. Students who declined or let an
/// offer lapse had theirs. Each pass writes its offers (made at once: the round
/// is published), the new students' outcomes and the audit entry in one transaction, and only
/// from the pass count it read, so two passes racing cannot share out the same places twice.
struct RoundReclearer: Sendable {
    let storage: Storage
    let gazetteer: Gazetteer
    let outbox: Outbox
    let publicURL: String
    let now: @Sendable () -> Date

    /// Days a student has to answer an offer from re-clearing (or the round's own deadline, if later).
    static let answerDays = 7

    /// What a pass would work on now.
    struct Waiting: Sendable, Equatable {
        /// Students who took part and have no offer.
        let students: Int
        /// Places held by no offer.
        let placesBack: Int
    }

    /// What a pass did.
    struct Totals: Sendable, Equatable {
        let waiting: Int
        let placesBack: Int
        let placed: Int
    }

    static func waiting(_ round: RoundModel, today: CalendarDate, on db: any Database) async throws -> Waiting {
        let state = try await standing(round, today: today, on: db)
        return Waiting(students: state.withoutOffer.count, placesBack: state.placesBack.values.reduce(0, +))
    }

    @discardableResult
    func reclear(_ roundId: UUID, by actor: AuditActor) async throws -> Totals {
        let today = CalendarDate(now())
        let db = storage.database
        let round = try await RoundService.find(roundId, on: db)
        guard round.roundState == .published else {
            throw AppError(
                .conflict, code: "wrong_state",
                message: "This round's offers are not made yet: re-clearing shares out places that come back")
        }
        let passes = round.clearings ?? 0
        let standing = try await Self.standing(round, today: today, on: db)
        let back = standing.placesBack.values.reduce(0, +)
        guard back > 0 else {
            throw AppError(
                .conflict, code: "nothing_to_reclear",
                message: "No places have come back: every place is held by an offer still open, accepted or confirmed")
        }
        let full = try await RoundInstance.load(round, gazetteer: gazetteer, on: db)
        let waiting = Set(full.students.map(\.id)).intersection(standing.withoutOffer)
        guard !waiting.isEmpty else {
            throw AppError(
                .conflict, code: "nothing_to_reclear", message: "Every student who took part in this round has had an offer")
        }
        // Students whose placement the provider cancelled go first, then everyone else waiting.
        var left = standing.placesBack
        var made: [(student: UUID, opportunity: UUID, rank: Int?)] = []
        var placedOutcomes: [(student: UUID, outcome: RoundOutcome)] = []
        for group in [waiting.intersection(standing.cancelled), waiting.subtracting(standing.cancelled)] where !group.isEmpty {
            // As the run does: the engine reads the file it is given.
            let instance = try AllocationInstanceFile.decode(
                AllocationInstanceFile.encode(ReclearingInstance.make(full, waiting: group, placesBack: left)))
            guard !instance.opportunities.isEmpty else { break }
            let result = try await Task.detached { try Allocator.allocate(instance, options: RoundRunner.options) }.value
            let offers = RoundRunner.offers(result, instance: instance)
            for offer in offers { left[offer.opportunity.pathComponent, default: 0] -= 1 }
            made += offers
            placedOutcomes += RoundRunner.outcomes(result, instance: instance).filter { $0.outcome.kind != .unplaced }
        }
        let (offers, outcomes) = (made, placedOutcomes)
        let deadline = max(round.settings.offerDeadline, today.adding(days: Self.answerDays))
        let at = now()
        try await storage.transaction { db in
            let sql = db as! any SQLDatabase
            let moved = try await sql.raw(
                """
                UPDATE rounds SET clearings = \(bind: passes + 1), updated_at = \(bind: at)
                WHERE id = \(bind: roundId) AND COALESCE(clearings, 0) = \(bind: passes) RETURNING id
                """
            ).first()
            guard moved != nil else {
                throw AppError(
                    .conflict, code: "round_changed", message: "Someone re-cleared this round at the same time; nothing was written")
            }
            try await BulkWrite.insert(
                into: OfferModel.schema, columns: OfferModel.bulkColumns,
                values: offers.flatMap { offer in
                    OfferModel.bulkValues(
                        id: .timeOrdered(at: at), round: roundId, student: offer.student, opportunity: offer.opportunity, state: .offered,
                        rank: offer.rank, deadline: deadline.description, at: at)
                }, on: db)
            let placed: [UUID] = outcomes.map { $0.student }
            if !placed.isEmpty {
                try await RoundOutcomeModel.query(on: db).filter(\.$round.$id == roundId).filter(\.$student.$id ~~ placed).delete()
                try await BulkWrite.insert(
                    into: RoundOutcomeModel.schema, columns: RoundOutcomeModel.bulkColumns,
                    values: try outcomes.flatMap { student, outcome in
                        try RoundOutcomeModel.bulkValues(id: .timeOrdered(at: at), round: roundId, student: student, outcome: outcome)
                    }, on: db)
            }
            try await tell(placed, in: roundId, deadline: deadline, on: db)
            try await AuditLog.record(
                .roundReclear, roundId, reason: "\(offers.count) of \(waiting.count) students placed in \(back) places that came back",
                by: actor, at: at, in: db)
        }
        return Totals(waiting: waiting.count, placesBack: back, placed: offers.count)
    }

    /// Who took part and is still owed a chance (no offer, or only placements the provider
    /// cancelled: `cancelled`, who go first), and each opportunity's places held by no offer. An
    /// offer past its deadline (to answer, or to consent) holds nothing, even before the hourly
    /// sweep marks it lapsed.
    private static func standing(
        _ round: RoundModel, today: CalendarDate, on db: any Database
    ) async throws -> (withoutOffer: Set<String>, cancelled: Set<String>, placesBack: [String: Int]) {
        let roundId = try round.requireID()
        let offers = try await OfferModel.query(on: db).filter(\.$round.$id == roundId).all()
        let pledges = try await RoundPledgeModel.query(on: db).filter(\.$round.$id == roundId).with(\.$opportunity).all()
        // Each listing's first day, decoded once: the last day to consent depends on it.
        var firstDays: [UUID: CalendarDate] = [:]
        for pledge in pledges { firstDays[pledge.$opportunity.id] = try pledge.opportunity.details().schedule.firstDay }
        var holding: [String: Int] = [:]
        for offer in offers where offer.holdsPlace(today: today, firstDay: firstDays[offer.$opportunity.id]) {
            holding[offer.$opportunity.id.pathComponent, default: 0] += 1
        }
        let pledged = Dictionary(pledges.map { ($0.$opportunity.id.pathComponent, $0.places) }, uniquingKeysWith: +)
        let offered = Set(offers.filter { $0.offerState != .cancelled }.map(\.$student.id))
        let cancelled = Set(offers.filter { $0.offerState == .cancelled }.map(\.$student.id.pathComponent))
        let sql = db as! any SQLDatabase
        let ranked = try await sql.raw("SELECT DISTINCT student_id FROM round_preferences WHERE round_id = \(bind: roundId)").all()
            .map { try $0.decode(column: "student_id", as: UUID.self) }
        let withoutOffer = Set(ranked.filter { !offered.contains($0) }.map(\.pathComponent))
        return (withoutOffer, cancelled.intersection(withoutOffer), ReclearingInstance.placesBack(pledged: pledged, holding: holding))
    }

    /// Each newly placed student with an email address hears where, and by when to answer.
    private func tell(_ students: [UUID], in roundId: UUID, deadline: CalendarDate, on db: any Database) async throws {
        guard !students.isEmpty else { return }
        let offers = try await OfferModel.query(on: db).filter(\.$round.$id == roundId).filter(\.$student.$id ~~ students)
            .filter(\.$state == OfferState.offered.rawValue).with(\.$student).with(\.$opportunity).all()
        for offer in offers {
            guard let email = offer.student.contactEmail else { continue }
            try await outbox.send(
                to: email, subject: "You have a work experience offer",
                body: """
                    Hello \(offer.student.forename),

                    A place has come free and you have been offered it: \(offer.opportunity.title).

                    Sign in to Wexchange to accept or decline it by \(DateStyle.day(deadline)):
                    \(publicURL)\(OfferRoutes.offer.link(try offer.requireID()))
                    """, on: db)
        }
    }
}
