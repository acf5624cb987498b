import Foundation
import Hummingbird
import WexchangeCore

/// The offers API. Access is decided by the routes; refusals come back as the service words them.
struct OffersAPI: Sendable {
    let services: AppServices

    /// `GET /api/v1/offers`: the requester's offers (a student) or their children's (a parent).
    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let offers = try await services.offerReader.summaries(for: identity)
        return try JSONResponse.make(OfferListDTO(offers: offers.map { OfferDTO($0) }))
    }

    /// `GET /api/v1/offers/{id}`: with the placement's facts and the round's explanation.
    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let detail = try await services.offerReader.detail(try context.uuidParameter("id", what: "offer"))
        return try JSONResponse.make(OfferDTO(detail.summary, detail: detail))
    }

    @Sendable func accept(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await answer(.accept, request, context)
    }

    @Sendable func decline(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await answer(.decline, request, context)
    }

    /// `POST /api/v1/offers/{id}/consent`: a parent's signed consent or refusal.
    @Sendable func consent(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let input = try await JSONBody.decode(ConsentInput.self, from: request, context: context)
        do {
            try await services.offers.consent(input, offer: try context.uuidParameter("id", what: "offer"), by: identity)
        } catch let failure as ValidationFailure {
            throw AppError.invalid(failure)
        }
        return try await show(request, context: context)
    }

    /// `GET /api/v1/placements`: the provider's confirmed placements.
    @Sendable func placements(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let placements = try await services.placementReader.placements(of: identity.organisationId, by: identity)
        return try JSONResponse.make(PlacementListDTO(placements: placements.map(PlacementDTO.init)))
    }

    /// `POST /api/v1/placements/{id}/cancel` `{"reason": …}`: the provider calls a placement off.
    @Sendable func cancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let reason = try await JSONBody.decodeIfPresent(CancelInputDTO.self, from: request, context: context)?.reason
        try await AppError.validating {
            try await services.offers.cancel(try context.uuidParameter("id", what: "placement"), reason: reason, by: identity)
        }
        return try await placements(request, context: context)
    }

    /// `GET /api/v1/placements/{id}`: one placement's days, marks and feedback (audited).
    @Sendable func placement(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let detail = try await services.placementRecords.detail(try context.uuidParameter("id", what: "placement"), by: identity)
        return try JSONResponse.make(PlacementRecordDTO(detail))
    }

    /// `PUT /api/v1/placements/{id}`: attendance, feedback and delivered marks; fields left out keep theirs.
    @Sendable func recordPlacement(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let input = try await JSONBody.decode(PlacementRecordInputDTO.self, from: request, context: context)
        try await AppError.validating {
            try await services.placementRecords.record(
                attendance: input.attendance ?? [:], feedback: input.feedback, delivered: input.delivered,
                offer: try context.uuidParameter("id", what: "placement"), by: identity)
        }
        return try await placement(request, context: context)
    }

    private func answer(_ answer: OfferRules.Answer, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        try await services.offers.answer(answer, offer: try context.uuidParameter("id", what: "offer"), by: identity)
        return try await show(request, context: context)
    }
}
