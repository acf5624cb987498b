import FluentKit
import Foundation
import WexchangeCore
import WexchangeGeo
import WexchangeMatching

/// Runs a round once its preference window has closed: reads its input, runs the engine
/// (deferred acceptance, then clearing, with explanations), and writes every offer, the input
/// file and the result file in one transaction with the round's new state. A run killed at any
/// point leaves the round as it was; running it again gives the same result (the input is fixed
/// by the stored records and the round's seed).
public struct RoundRunner: Sendable {
    let storage: Storage
    let gazetteer: Gazetteer
    let now: @Sendable () -> Date

    /// The engine's options for every round, and for `wexchange allocate` to reproduce a run.
    static let options = AllocationOptions(clearing: true, explain: true)

    /// What a run placed (stored with the round; the API shows it as `results`).
    struct Totals: Codable, Sendable, Equatable {
        let students: Int
        let placedByChoice: Int
        let placedByClearing: Int
        let unplaced: Int
        let placesLeft: Int

        enum CodingKeys: String, CodingKey {
            case students, unplaced
            case placedByChoice = "placed_by_choice", placedByClearing = "placed_by_clearing", placesLeft = "places_left"
        }
    }

    /// The round, when it may run today; a conflict in words when it may not.
    @discardableResult
    func checkCanRun(_ roundId: UUID) async throws -> RoundModel {
        let today = CalendarDate(now())
        let round = try await RoundService.find(roundId, on: storage.database)
        switch round.roundState {
        case .draft:
            throw AppError(.conflict, code: "wrong_state", message: "This round has not opened for preferences yet")
        case .published:
            throw AppError(.conflict, code: "wrong_state", message: "This round's offers are already made: it cannot run again")
        case .preferencesOpen where today <= round.settings.preferencesClose:
            throw AppError(
                .conflict, code: "wrong_state",
                message: "Preferences are open until \(round.settings.preferencesClose.description): the round runs after they close")
        case .preferencesOpen, .resultsReady:
            return round
        }
    }

    @discardableResult
    func run(_ roundId: UUID, by actor: AuditActor, progress: @escaping @Sendable (String) -> Void = { _ in }) async throws -> Totals {
        let round = try await checkCanRun(roundId)
        progress("reading the round's students and places")
        let loaded = try await RoundInstance.load(round, gazetteer: gazetteer, on: storage.database)
        // The engine reads the file it is given, as `wexchange allocate` would: distances from the
        // written coordinates, so a rerun on the exported file gives the same result byte for byte.
        let instanceFile = AllocationInstanceFile.encode(loaded)
        let instance = try AllocationInstanceFile.decode(instanceFile)
        progress("allocating \(instance.students.count) students to \(instance.opportunities.count) opportunities")
        let result = try await Task.detached { try Allocator.allocate(instance, options: Self.options, progress: progress) }.value
        let resultFile = AllocationResultFile.encode(result, instance: instance)
        let offers = Self.offers(result, instance: instance)
        let outcomes = Self.outcomes(result, instance: instance)
        let stats = result.statistics
        let totals = Totals(
            students: instance.students.count, placedByChoice: stats.placedPhase1, placedByClearing: stats.placedClearing,
            unplaced: stats.unplaced, placesLeft: stats.placesLeft)
        let report = RoundRunReport(result, instance: instance)
        let deadline = round.settings.offerDeadline.description
        let at = now()
        try await storage.transaction { db in
            let round = try await RoundService.find(roundId, on: db)
            guard round.roundState == .preferencesOpen || round.roundState == .resultsReady else {
                throw AppError(.conflict, code: "wrong_state", message: "The round changed while it ran; nothing was written")
            }
            // Said from inside the transaction, so the crash test can kill the process mid-write.
            progress("writing \(offers.count) offers")
            try await OfferModel.query(on: db).filter(\.$round.$id == roundId).delete()
            try await BulkWrite.insert(
                into: OfferModel.schema, columns: OfferModel.bulkColumns,
                values: offers.flatMap { offer in
                    OfferModel.bulkValues(
                        id: .timeOrdered(at: at), round: roundId, student: offer.student, opportunity: offer.opportunity, state: .pending,
                        rank: offer.rank, deadline: deadline, at: at)
                }, on: db)
            progress("writing \(outcomes.count) students' outcomes")
            try await RoundOutcomeModel.query(on: db).filter(\.$round.$id == roundId).delete()
            try await BulkWrite.insert(
                into: RoundOutcomeModel.schema, columns: RoundOutcomeModel.bulkColumns,
                values: try outcomes.flatMap { student, outcome in
                    try RoundOutcomeModel.bulkValues(id: .timeOrdered(at: at), round: roundId, student: student, outcome: outcome)
                }, on: db)
            round.instanceFile = instanceFile
            round.resultFile = resultFile
            round.runTotals = String(decoding: try JSONEncoder().encode(totals), as: UTF8.self)
            round.runReport = try report.text()
            round.runAt = at
            round.state = RoundState.resultsReady.rawValue
            try await round.update(on: db)
            try await AuditLog.record(
                .roundRun, roundId,
                reason: "\(stats.placedPhase1 + stats.placedClearing) of \(instance.students.count) students placed", by: actor, at: at,
                in: db)
        }
        return totals
    }

    /// What was decided for each student, and why their higher choices were not given.
    static func outcomes(_ result: AllocationResult, instance: AllocationInstance) -> [(student: UUID, outcome: RoundOutcome)] {
        let opportunityIds = instance.opportunities.map { UUID(uuidString: $0.id) ?? UUID() }
        return instance.students.indices.compactMap { s in
            guard let studentId = UUID(uuidString: instance.students[s].id) else { return nil }
            let outcome = RoundOutcome(
                placement: result.placements[s], notGiven: result.explanations?[s] ?? [], opportunityIds: opportunityIds)
            return (studentId, outcome)
        }
    }

    /// One offer per placed student: where, and at which of their choices (nil: by clearing).
    static func offers(_ result: AllocationResult, instance: AllocationInstance) -> [(student: UUID, opportunity: UUID, rank: Int?)] {
        zip(instance.students, result.placements).compactMap { student, placement in
            let (opportunity, rank): (Int, Int?)
            switch placement {
            case .phase1(let o, let r): (opportunity, rank) = (o, r)
            case .clearing(let o): (opportunity, rank) = (o, nil)
            case .unplaced: return nil
            }
            guard let studentId = UUID(uuidString: student.id), let opportunityId = UUID(uuidString: instance.opportunities[opportunity].id)
            else { return nil }
            return (studentId, opportunityId, rank)
        }
    }
}
