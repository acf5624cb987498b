import Foundation
import WexchangeCore

/// A round as the API shows it: its rules, seed and pledges (no student is named or counted
/// here beyond the run's totals, which only its managers see before publishing).
struct RoundDTO: Encodable, Sendable {
    struct Pledge: Encodable, Sendable {
        let opportunityId: UUID
        let title: String
        let places: Int
        /// This opportunity's own priority order; nil: the round's.
        let priority: [String]?
        /// How far down the priority order its places reached, in words (`RoundCutoff`), once
        /// the results may be seen.
        let cutoff: String?

        enum CodingKeys: String, CodingKey {
            case opportunityId = "opportunity_id", title, places, priority, cutoff
        }
    }

    let id: UUID
    let name: String
    let scope: String
    let organisationId: UUID?
    let state: String
    let stateLabel: String
    let priority: [String]
    let preferenceLimit: Int
    let seed: UInt64
    let preferencesOpen: String
    let preferencesClose: String
    let offerDeadline: String
    let runAt: Date?
    let publishedAt: Date?
    let pledges: [Pledge]
    let results: RoundRunner.Totals?

    enum CodingKeys: String, CodingKey {
        case id, name, scope, state, priority, seed, pledges, results
        case organisationId = "organisation_id", stateLabel = "state_label", preferenceLimit = "preference_limit"
        case preferencesOpen = "preferences_open", preferencesClose = "preferences_close", offerDeadline = "offer_deadline"
        case runAt = "run_at", publishedAt = "published_at"
    }

    /// `results` and `report` only where the requester may see the run's results.
    init(_ round: RoundModel, pledges: [RoundPledgeModel], results: RoundRunner.Totals?, report: RoundRunReport?) throws {
        id = try round.requireID()
        name = round.name
        scope = round.scope
        organisationId = round.organisationId
        state = round.state
        stateLabel = round.roundState.label
        priority = PriorityOrder.stored(round.priority).map(\.rawValue)
        preferenceLimit = round.preferenceLimit
        seed = round.lotterySeed
        preferencesOpen = round.preferencesOpen
        preferencesClose = round.preferencesClose
        offerDeadline = round.offerDeadline
        runAt = round.runAt
        publishedAt = round.publishedAt
        self.pledges = pledges.map {
            Pledge(
                opportunityId: $0.$opportunity.id, title: $0.opportunity.title, places: $0.places,
                priority: $0.priority.map { PriorityOrder.stored($0).map(\.rawValue) },
                cutoff: report?.cutoff(of: $0.$opportunity.id)?.sentence)
        }
        self.results = results
    }
}

struct RoundListDTO: Encodable, Sendable {
    let rounds: [RoundDTO]
}

struct PledgeRequestDTO: Decodable, Sendable {
    let places: Int
    let priority: [String]?
}

struct ChoicesDTO: Codable, Sendable {
    let choices: [UUID]
}
