import FluentKit
import Foundation
import WexchangeCore
import WexchangeMatching

/// Reads rounds for their pages: who runs each, its rules and places, and (where the reader may
/// see them) the run's results. Names no student.
struct RoundReader: Sendable {
    let storage: Storage
    let now: @Sendable () -> Date

    struct Summary: Sendable {
        let id: UUID
        let name: String
        /// "Excelsior Academy: school round".
        let runBy: String
        let state: RoundState
        let settings: RoundSettings
    }

    struct Pledge: Sendable {
        let opportunityId: UUID
        let title: String
        let providerName: String
        let places: Int
        /// The opportunity's own priority order; nil: the round's.
        let priority: [PriorityCriterion]?
        /// In words, once the reader may see the results.
        let cutoff: String?
    }

    struct Detail: Sendable {
        let summary: Summary
        let seed: UInt64
        let pledges: [Pledge]
        /// The run's totals and priority groups' figures: for its managers once run, totals for
        /// everyone once published.
        let totals: RoundRunner.Totals?
        let groups: [RoundRunReport.Group]?
        /// Whether the reader runs the round (opens, runs and publishes it).
        let manages: Bool
        /// For its managers once published: what a re-clearing pass would work on now.
        var reclearing: RoundReclearer.Waiting? = nil
        /// Re-clearing passes so far.
        var clearings = 0
    }

    /// The rounds `identity` may see, newest first (the list page's and the API's).
    func visibleRounds(for identity: Identity) async throws -> [RoundModel] {
        try await RoundModel.query(on: storage.database).sort(\.$createdAt, .descending).sort(\.$id).all()
            .filter { AccessPolicy.decide(identity.requester, .viewRound($0.facts)) == .allowed }
    }

    func summaries(for identity: Identity) async throws -> [Summary] {
        let rounds = try await visibleRounds(for: identity)
        let names = try await organisationNames(Set(rounds.compactMap(\.organisationId)))
        return try rounds.map { try summary($0, names: names) }
    }

    func detail(_ roundId: UUID, for identity: Identity) async throws -> Detail {
        let round = try await RoundService.find(roundId, on: storage.database)
        let manages = AccessPolicy.decide(identity.requester, .manageRound(round.facts)) == .allowed
        let seesResults = round.showsResults(toManager: manages)
        let report = seesResults ? round.report : nil
        let pledges = try await RoundPledgeModel.query(on: storage.database).filter(\.$round.$id == roundId)
            .with(\.$opportunity) { $0.with(\.$provider) }.sort(\.$createdAt).sort(\.$id).all()
        return Detail(
            summary: try summary(round, names: try await organisationNames(Set([round.organisationId].compactMap { $0 }))),
            seed: round.lotterySeed,
            pledges: pledges.map {
                Pledge(
                    opportunityId: $0.$opportunity.id, title: $0.opportunity.title, providerName: $0.opportunity.provider.name,
                    places: $0.places, priority: $0.priority.map(PriorityOrder.stored),
                    cutoff: report?.cutoff(of: $0.$opportunity.id)?.sentence)
            },
            totals: seesResults ? round.totals : nil, groups: manages ? report?.groups : nil, manages: manages,
            reclearing: manages && round.roundState == .published
                ? try await RoundReclearer.waiting(round, today: CalendarDate(now()), on: storage.database) : nil,
            clearings: round.clearings ?? 0)
    }

    private func summary(_ round: RoundModel, names: [UUID: String]) throws -> Summary {
        let scope = round.roundScope
        let runBy = round.organisationId.flatMap { names[$0] }.map { "\($0): \(scope.label.lowercased())" } ?? scope.label
        return Summary(id: try round.requireID(), name: round.name, runBy: runBy, state: round.roundState, settings: round.settings)
    }

    private func organisationNames(_ ids: Set<UUID>) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        let organisations = try await OrganisationModel.query(on: storage.database).filter(\.$id ~~ Array(ids)).all()
        return Dictionary(uniqueKeysWithValues: organisations.compactMap { org in org.id.map { ($0, org.name) } })
    }
}
