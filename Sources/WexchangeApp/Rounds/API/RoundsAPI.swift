import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

/// The rounds API. Access is decided by the routes; refusals come back as the service words them.
struct RoundsAPI: Sendable {
    let services: AppServices

    /// `GET /api/v1/rounds`: every round the requester may see, newest first.
    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let rounds = try await services.roundReader.visibleRounds(for: identity)
        return try JSONResponse.make(RoundListDTO(rounds: try await rounds.asyncMap { try await dto($0, for: identity) }))
    }

    /// `POST /api/v1/rounds`: a round of the requester's scope, run by their school or hub.
    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let input = try await JSONBody.decode(RoundInput.self, from: request, context: context)
        let scope = AccessPolicy.roundScope(of: identity.role)
        let round = try await AppError.validating {
            try await services.rounds.create(
                input, scope: scope, organisationId: scope == .national ? nil : identity.organisationId, by: identity.auditActor)
        }
        return try JSONResponse.make(try await dto(round, for: identity), status: .created)
    }

    /// `GET /api/v1/rounds/{id}`.
    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        return try JSONResponse.make(try await dto(try await round(context), for: identity))
    }

    @Sendable func open(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        try await services.rounds.open(try context.uuidParameter("id", what: "round"), by: identity.auditActor)
        return try await show(request, context: context)
    }

    /// `POST /api/v1/rounds/{id}/run`: runs it now and answers with the totals (the round's
    /// managers review them before publishing).
    @Sendable func run(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        try await services.roundRunner.run(try context.uuidParameter("id", what: "round"), by: identity.auditActor)
        return try await show(request, context: context)
    }

    @Sendable func publish(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        try await services.roundPublisher.publish(try context.uuidParameter("id", what: "round"), by: identity.auditActor)
        return try await show(request, context: context)
    }

    /// `POST /api/v1/rounds/{id}/reclear`: one re-clearing pass; the round as it then stands.
    @Sendable func reclear(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        try await services.roundReclearer.reclear(try context.uuidParameter("id", what: "round"), by: identity.auditActor)
        return try await show(request, context: context)
    }

    /// `PUT /api/v1/rounds/{id}/pledges/{opportunity}`: pledge (or change the pledge of) places.
    @Sendable func pledge(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let body = try await JSONBody.decode(PledgeRequestDTO.self, from: request, context: context)
        try await AppError.validating {
            try await services.rounds.pledge(
                body.places, of: try context.uuidParameter("opportunity", what: "opportunity"),
                to: try context.uuidParameter("id", what: "round"), priority: body.priority, by: identity.auditActor)
        }
        return try await show(request, context: context)
    }

    @Sendable func withdraw(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        try await services.rounds.withdraw(
            try context.uuidParameter("opportunity", what: "opportunity"), from: try context.uuidParameter("id", what: "round"),
            by: identity.auditActor)
        return try await show(request, context: context)
    }

    /// `GET /api/v1/rounds/{id}/choices/{student}`: the student's choices, first first.
    @Sendable func choices(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        // Read through the audited door: a student's choices are part of their record.
        _ = try await services.studentRecords.read(try context.uuidParameter("student", what: "student"), by: identity)
        let choices = try await services.rounds.preferences(
            round: try context.uuidParameter("id", what: "round"), student: try context.uuidParameter("student", what: "student"))
        return try JSONResponse.make(ChoicesDTO(choices: choices))
    }

    /// `PUT /api/v1/rounds/{id}/choices/{student}`: replaces them (all checked, all or none).
    @Sendable func setChoices(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let body = try await JSONBody.decode(ChoicesDTO.self, from: request, context: context)
        try await AppError.validating {
            try await services.rounds.setPreferences(
                body.choices, round: try context.uuidParameter("id", what: "round"),
                student: try context.uuidParameter("student", what: "student"), by: identity.auditActor)
        }
        return try JSONResponse.make(ChoicesDTO(choices: body.choices))
    }

    private func round(_ context: AppRequestContext) async throws -> RoundModel {
        try await RoundService.find(try context.uuidParameter("id", what: "round"), on: services.storage.database)
    }

    /// The round with its pledges; the run's totals for its managers, or for everyone once published.
    private func dto(_ round: RoundModel, for identity: Identity) async throws -> RoundDTO {
        let pledges = try await RoundPledgeModel.query(on: services.storage.database).filter(\.$round.$id == round.requireID())
            .with(\.$opportunity).sort(\.$createdAt).sort(\.$id).all()
        let seesResults = round.showsResults(toManager: AccessPolicy.decide(identity.requester, .manageRound(round.facts)) == .allowed)
        return try RoundDTO(round, pledges: pledges, results: seesResults ? round.totals : nil, report: seesResults ? round.report : nil)
    }
}
