import FluentKit
import Foundation
import WexchangeCore

/// What a student's choices page needs: the round's opportunities with why any cannot be
/// chosen, and the choices already made. The student's record is read through `StudentRecords`,
/// so the read is audited.
struct RoundChoices: Sendable {
    let services: AppServices

    struct Option: Sendable {
        let id: UUID
        let title: String
        let providerName: String
        /// Why the student cannot choose it, in their words; empty when they can.
        let reasons: [String]
    }

    struct Choosing: Sendable {
        let roundId: UUID
        let roundName: String
        let studentId: UUID
        let studentName: String
        let settings: RoundSettings
        let options: [Option]
        /// First first.
        let chosen: [UUID]
        /// Why choices cannot be made today; nil while they can.
        let closed: String?

        var eligible: [Option] { options.filter(\.reasons.isEmpty) }
        /// How many choices the form offers: the round's limit, or fewer opportunities.
        var slots: Int { max(1, min(settings.preferenceLimit, eligible.count)) }
    }

    func choosing(round roundId: UUID, student studentId: UUID, by identity: Identity) async throws -> Choosing {
        let db = services.storage.database
        let round = try await RoundService.find(roundId, on: db)
        let record = try await services.studentRecords.read(studentId, by: identity)
        try await record.$school.load(on: db)
        let who = try await services.rounds.eligibilityStudent(record)
        let pledges = try await RoundPledgeModel.query(on: db).filter(\.$round.$id == roundId)
            .with(\.$opportunity) { $0.with(\.$provider) }.sort(\.$createdAt).sort(\.$id).all()
        let options = try pledges.map { pledge in
            Option(
                id: pledge.$opportunity.id, title: pledge.opportunity.title, providerName: pledge.opportunity.provider.name,
                reasons: try RoundService.reasons(who, pledge.opportunity).map(\.description))
        }
        return Choosing(
            roundId: roundId, roundName: round.name, studentId: studentId,
            studentName: "\(record.preferredForename ?? record.legalForename) \(record.preferredSurname ?? record.legalSurname)",
            settings: round.settings, options: options,
            chosen: try await services.rounds.preferences(round: roundId, student: studentId),
            closed: RoundService.closedForChoices(round, on: CalendarDate(services.now())))
    }
}
