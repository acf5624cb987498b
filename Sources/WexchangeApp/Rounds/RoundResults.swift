import FluentKit
import Foundation
import WexchangeCore

/// What a round decided, for the people it concerns: a student's own result with why each
/// choice above it was not given (also when they got nothing), and for a school's staff, their
/// students still without a place and why, so they can help. Never another school's students.
struct RoundResults: Sendable {
    let storage: Storage
    let now: @Sendable () -> Date

    struct Own: Sendable, Equatable {
        let headline: String
        let reasons: [String]
        /// Their offer from the round, if they have one.
        let offer: UUID?
    }

    struct Unplaced: Sendable, Equatable {
        let studentId: UUID
        let name: String
        let yearGroup: Int
        let reasons: [String]
    }

    /// The student's result once the round is published (nil before, or when they took no part).
    func own(round roundId: UUID, student studentId: UUID) async throws -> Own? {
        let db = storage.database
        guard let round = try await RoundModel.find(roundId, on: db), round.roundState == .published,
            let stored = try await RoundOutcomeModel.query(on: db).filter(\.$round.$id == roundId).filter(\.$student.$id == studentId)
                .first()
        else { return nil }
        let outcome = try stored.outcome
        let offer = try await OfferModel.query(on: db).filter(\.$round.$id == roundId).filter(\.$student.$id == studentId)
            .with(\.$opportunity).sort(\.$createdAt, .descending).first()
        let reader = OfferReader(storage: storage, now: now)
        return Own(
            headline: RoundExplanation.headline(outcome, placedAt: offer?.opportunity.title),
            reasons: try await reader.explain(outcome.notGiven, in: round, on: db), offer: try offer?.requireID())
    }

    /// The school's students the run left without a place, by name, with why each choice was
    /// not given (worded for staff). Audited as a read of the school's student list.
    func unplaced(round roundId: UUID, school: UUID, by identity: Identity) async throws -> [Unplaced] {
        let at = now()
        return try await storage.transaction { db in
            let round = try await RoundService.find(roundId, on: db)
            let outcomes = try await RoundOutcomeModel.query(on: db).filter(\.$round.$id == roundId)
                .join(StudentModel.self, on: \RoundOutcomeModel.$student.$id == \StudentModel.$id)
                .filter(StudentModel.self, \.$school.$id == school).with(\.$student).all()
            let waiting = try outcomes.filter { try $0.outcome.kind == .unplaced }
            guard !waiting.isEmpty else { return [] }
            let pledges = try await OfferReader.pledges(of: round, on: db)
            try await AuditLog.record(
                .studentsList, school, reason: "\(waiting.count) without a place in “\(round.name)”", by: identity, at: at, in: db)
            return try waiting.map { stored in
                Unplaced(
                    studentId: stored.$student.id, name: stored.student.preferredName, yearGroup: stored.student.yearGroup,
                    reasons: OfferReader.sentences(
                        try stored.outcome.notGiven, pledges: pledges, roundOrder: round.settings.priority, to: .staff))
            }.sorted { $0.name < $1.name }
        }
    }
}
