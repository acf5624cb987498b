import FluentKit
import Foundation
import WexchangeCore
import WexchangeGeo
import WexchangeMatching

/// Setting rounds up: creating one, opening it for preferences, and providers' pledges of places.
/// Every change is audited in its own transaction.
struct RoundService: Sendable {
    let catalogue: Catalogue
    let gazetteer: Gazetteer
    let now: @Sendable () -> Date

    var storage: Storage { catalogue.storage }
    var today: CalendarDate { CalendarDate(now()) }

    /// A new round in draft, with a fresh lottery seed; throws `ValidationFailure` for bad settings.
    /// `organisationId` is the school or hub running it (nil for the national pool).
    func create(_ input: RoundInput, scope: RoundScope, organisationId: UUID?, by actor: AuditActor) async throws -> RoundModel {
        let settings = try RoundSettings.validate(input, scope: scope, today: today)
        let at = now()
        return try await storage.transaction { db in
            if scope == .national {
                guard organisationId == nil else {
                    throw AppError(.badRequest, code: "invalid", message: "The national pool belongs to no school or hub")
                }
            } else {
                guard let organisationId, let organisation = try await OrganisationModel.find(organisationId, on: db),
                    organisation.kind == scope.organisationKind.rawValue
                else {
                    throw AppError(
                        .badRequest, code: "invalid",
                        message: "A \(scope.label.lowercased()) is run by a \(scope.organisationKind.singular)")
                }
            }
            let round = RoundModel(
                scope: scope, organisationId: organisationId, settings: settings, seed: RoundLottery.drawSeed(), createdBy: actor.userId)
            try await round.create(on: db)
            try await AuditLog.record(.roundCreate, try round.requireID(), reason: settings.name, by: actor, at: at, in: db)
            return round
        }
    }

    static func find(_ id: UUID, on db: any Database) async throws -> RoundModel {
        guard let round = try await RoundModel.find(id, on: db) else { throw AppError.notFound("This round") }
        return round
    }

    /// Draft → preferences open: from now on its settings are fixed.
    func open(_ id: UUID, by actor: AuditActor) async throws {
        let at = now()
        try await storage.transaction { db in
            let round = try await Self.find(id, on: db)
            guard round.roundState == .draft else {
                throw AppError(
                    .conflict, code: "wrong_state", message: "This round is already open (\(round.roundState.label.lowercased()))")
            }
            round.state = RoundState.preferencesOpen.rawValue
            try await round.update(on: db)
            try await AuditLog.record(.roundOpen, id, by: actor, at: at, in: db)
        }
    }

    /// Pledges `places` of a published opportunity to the round (or changes an earlier pledge),
    /// taking them from the opportunity's places. Once preferences are open a pledge may grow but
    /// not shrink: students may have ranked it. `priority`: this opportunity's own order.
    func pledge(
        _ places: Int, of opportunityId: UUID, to roundId: UUID, priority: [String]?, by actor: AuditActor
    ) async throws {
        guard places >= 1, places <= OpportunityRules.maxCapacity else {
            throw ValidationFailure([FieldError("places", "Pledge between 1 and \(OpportunityRules.maxCapacity) places")])
        }
        let order: [PriorityCriterion]? =
            switch priority.map({ PriorityOrder.read($0, field: "priority") }) {
            case .success(let read): read
            case .failure(let error): throw ValidationFailure([error])
            case nil: nil
            }
        let at = now()
        try await catalogue.write { db, revision in
            let round = try await Self.find(roundId, on: db)
            guard round.roundState.acceptsPledges else {
                throw AppError(.conflict, code: "wrong_state", message: "This round has run: it takes no more pledges")
            }
            guard let opportunity = try await OpportunityModel.find(opportunityId, on: db),
                opportunity.effectiveStatus == .published
            else {
                throw AppError(.conflict, code: "not_published", message: "Only a published opportunity can be pledged to a round")
            }
            try await checkScope(round, opportunity, on: db)
            let existing = try await RoundPledgeModel.query(on: db).filter(\.$round.$id == roundId)
                .filter(\.$opportunity.$id == opportunityId).first()
            let before = existing?.places ?? 0
            if places > before {
                try await PlaceLedger.take(places - before, of: opportunityId, revision: revision, on: db)
            } else if places < before {
                guard round.roundState == .draft else {
                    throw AppError(
                        .conflict, code: "pledge_in_use",
                        message: "Preferences are open, so students may have ranked these places: a pledge can grow but not shrink")
                }
                try await PlaceLedger.giveBack(before - places, of: opportunityId, revision: revision, on: db)
            }
            let pledge = existing ?? RoundPledgeModel()
            pledge.$round.id = roundId
            pledge.$opportunity.id = opportunityId
            pledge.places = places
            pledge.priority = order.map(PriorityOrder.text)
            try await pledge.save(on: db)
            try await AuditLog.record(
                .roundPledge, roundId, reason: "\(places) of “\(opportunity.title)”", by: actor, at: at, in: db)
        }
    }

    /// Withdraws a pledge while the round is being set up, giving its places back.
    func withdraw(_ opportunityId: UUID, from roundId: UUID, by actor: AuditActor) async throws {
        let at = now()
        try await catalogue.write { db, revision in
            let round = try await Self.find(roundId, on: db)
            guard round.roundState == .draft else {
                throw AppError(
                    .conflict, code: "pledge_in_use",
                    message: "Preferences are open, so students may have ranked these places: keep the pledge")
            }
            guard
                let pledge = try await RoundPledgeModel.query(on: db).filter(\.$round.$id == roundId)
                    .filter(\.$opportunity.$id == opportunityId).first()
            else { throw AppError.notFound("This pledge") }
            try await PlaceLedger.giveBack(pledge.places, of: opportunityId, revision: revision, on: db)
            try await pledge.delete(on: db)
            try await AuditLog.record(.roundWithdraw, roundId, reason: "\(pledge.places) places", by: actor, at: at, in: db)
        }
    }

    /// A provider's published listing as the round's page offers it for pledging.
    struct Pledgeable: Sendable, Equatable {
        let opportunityId: UUID
        let title: String
        /// Places not yet taken (by requests, offers or other rounds' pledges).
        let placesLeft: Int
        /// Places pledged to this round already (0: none).
        let pledged: Int
    }

    /// The provider's published listings this round may share out, with what each has pledged.
    func pledgeable(_ roundId: UUID, provider: UUID) async throws -> [Pledgeable] {
        let db = storage.database
        let round = try await Self.find(roundId, on: db)
        let pledges = try await RoundPledgeModel.query(on: db).filter(\.$round.$id == roundId).all()
        let pledged = Dictionary(pledges.map { ($0.$opportunity.id, $0.places) }, uniquingKeysWith: +)
        var rows: [Pledgeable] = []
        for listing in try await OpportunityModel.query(on: db).filter(\.$provider.$id == provider).sort(\.$title).all()
        where listing.effectiveStatus == .published {
            guard (try? await checkScope(round, listing, on: db)) != nil else { continue }
            rows.append(
                Pledgeable(
                    opportunityId: try listing.requireID(), title: listing.title,
                    placesLeft: listing.placesLeft,
                    pledged: pledged[try listing.requireID()] ?? 0))
        }
        return rows
    }

    /// Which places a round may share out: the national pool only online ones; a hub round only
    /// in-person ones in the hub's area; a school round any.
    private func checkScope(_ round: RoundModel, _ opportunity: OpportunityModel, on db: any Database) async throws {
        let isVirtual = (try opportunity.details()).mode == .virtual
        switch round.roundScope {
        case .school:
            return
        case .national:
            guard isVirtual else {
                throw AppError(.conflict, code: "wrong_scope", message: "The national virtual pool shares out online places only")
            }
        case .hub:
            let areas = try await HubAreas.load(on: db)
            guard !isVirtual, areas.hub(containing: opportunity.postcode, gazetteer: gazetteer) == round.organisationId else {
                throw AppError(
                    .conflict, code: "wrong_scope", message: "A Careers Hub round shares out in-person places in the hub's area only")
            }
        }
    }
}
