import FluentKit
import Foundation
import WexchangeCore
import WexchangeMatching

/// One allocation round (rounds issue): its scope, its rules (fixed once preferences open), and
/// once run, the engine's input and result files exactly as they were, so the run can be checked.
final class RoundModel: Model, @unchecked Sendable {
    static let schema = "rounds"

    @ID(key: .id) var id: UUID?
    /// `RoundScope` raw value.
    @Field(key: "scope") var scope: String
    /// The school (school round) or hub (hub round) running it; nil for the national pool.
    @OptionalField(key: "organisation_id") var organisationId: UUID?
    @Field(key: "name") var name: String
    /// `RoundState` raw value.
    @Field(key: "state") var state: String
    /// `PriorityOrder.text`.
    @Field(key: "priority") var priority: String
    @Field(key: "preference_limit") var preferenceLimit: Int
    /// The lottery's seed, drawn when the round was created (`RoundLottery`).
    @Field(key: "seed") var seed: Int64
    /// `YYYY-MM-DD`.
    @Field(key: "preferences_open") var preferencesOpen: String
    @Field(key: "preferences_close") var preferencesClose: String
    @Field(key: "offer_deadline") var offerDeadline: String
    @OptionalField(key: "created_by") var createdBy: UUID?
    /// The `wex-alloc-instance/1` file the last run read, and the result file it wrote.
    @OptionalField(key: "instance_file") var instanceFile: Data?
    @OptionalField(key: "result_file") var resultFile: Data?
    /// `RoundRunner.Totals` as JSON: what the last run placed.
    @OptionalField(key: "run_totals") var runTotals: String?
    /// `RoundRunReport` as JSON: each opportunity's cutoff and each priority group's figures.
    @OptionalField(key: "run_report") var runReport: String?
    @OptionalField(key: "run_at") var runAt: Date?
    @OptionalField(key: "published_at") var publishedAt: Date?
    /// Re-clearing passes since publishing (nil: none).
    @OptionalField(key: "clearings") var clearings: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(scope: RoundScope, organisationId: UUID?, settings: RoundSettings, seed: UInt64, createdBy: UUID?) {
        self.scope = scope.rawValue
        self.organisationId = organisationId
        self.state = RoundState.draft.rawValue
        self.seed = Int64(bitPattern: seed)
        self.createdBy = createdBy
        write(settings)
    }

    func write(_ settings: RoundSettings) {
        name = settings.name
        priority = PriorityOrder.text(settings.priority)
        preferenceLimit = settings.preferenceLimit
        preferencesOpen = settings.preferencesOpen.description
        preferencesClose = settings.preferencesClose.description
        offerDeadline = settings.offerDeadline.description
    }

    var settings: RoundSettings {
        RoundSettings(
            name: name, priority: PriorityOrder.stored(priority), preferenceLimit: preferenceLimit,
            preferencesOpen: CalendarDate(iso: preferencesOpen) ?? CalendarDate(dayNumber: 0),
            preferencesClose: CalendarDate(iso: preferencesClose) ?? CalendarDate(dayNumber: 0),
            offerDeadline: CalendarDate(iso: offerDeadline) ?? CalendarDate(dayNumber: 0))
    }

    var roundScope: RoundScope { RoundScope(rawValue: scope) ?? .school }
    var roundState: RoundState { RoundState(rawValue: state) ?? .draft }
    var lotterySeed: UInt64 { UInt64(bitPattern: seed) }
    var totals: RoundRunner.Totals? {
        runTotals.flatMap { try? JSONDecoder().decode(RoundRunner.Totals.self, from: Data($0.utf8)) }
    }
    var report: RoundRunReport? { RoundRunReport.stored(runReport) }
    /// Whether a reader sees the run's results: its managers once it has run, everyone once published.
    func showsResults(toManager manages: Bool) -> Bool {
        roundState == .published || (roundState == .resultsReady && manages)
    }
    var facts: RoundFacts { RoundFacts(scope: roundScope, organisationId: organisationId, state: roundState) }
}

/// Places a provider pledged from one of its opportunities to a round; they are taken from the
/// opportunity's places when pledged (`PlaceLedger`), so no other round or request can have them.
final class RoundPledgeModel: Model, @unchecked Sendable {
    static let schema = "round_pledges"

    @ID(key: .id) var id: UUID?
    @Parent(key: "round_id") var round: RoundModel
    @Parent(key: "opportunity_id") var opportunity: OpportunityModel
    @Field(key: "places") var places: Int
    /// This opportunity's own priority order in the round (`PriorityOrder.text`); nil: the round's.
    @OptionalField(key: "priority") var priority: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// One opportunity a student ranked in a round (1 is their first choice).
final class RoundPreferenceModel: Model, @unchecked Sendable {
    static let schema = "round_preferences"

    @ID(key: .id) var id: UUID?
    @Parent(key: "round_id") var round: RoundModel
    @Parent(key: "student_id") var student: StudentModel
    @Parent(key: "opportunity_id") var opportunity: OpportunityModel
    @Field(key: "rank") var rank: Int

    init() {}

    init(roundId: UUID, studentId: UUID, opportunityId: UUID, rank: Int) {
        self.$round.id = roundId
        self.$student.id = studentId
        self.$opportunity.id = opportunityId
        self.rank = rank
    }
}
