import Foundation
import Hummingbird
import WexchangeCore

/// The requests API. Access is decided by the routes; refusals come back as the service words them.
struct RequestsAPI: Sendable {
    let services: AppServices

    /// `GET /api/v1/requests`: the requests the requester may see.
    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let requests = try await services.placeRequestReader.summaries(for: identity)
        return try JSONResponse.make(RequestListDTO(requests: requests.map(RequestDTO.init)))
    }

    /// `POST /api/v1/students/{student}/requests`: 201 with the request as the asker now reads it.
    @Sendable func ask(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let body = try await JSONBody.decode(RequestInputDTO.self, from: request, context: context)
        let made = try await AppError.validating {
            try await services.placeRequests.request(
                body.opportunityId, for: try context.uuidParameter("student", what: "student"), message: body.message, by: identity)
        }
        return try await shown(try made.requireID(), identity, status: .created)
    }

    /// `POST /api/v1/requests/{id}/accept`: the provider says yes; the request now names its offer.
    @Sendable func accept(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let id = try context.uuidParameter("id", what: "request")
        try await services.placeRequests.accept(id, by: identity)
        return try await shown(id, identity)
    }

    /// `POST /api/v1/requests/{id}/decline`, with an optional `{"reason": …}`.
    @Sendable func decline(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let id = try context.uuidParameter("id", what: "request")
        let reason = try await JSONBody.decodeIfPresent(DeclineInputDTO.self, from: request, context: context)?.reason
        try await AppError.validating { try await services.placeRequests.decline(id, reason: reason, by: identity) }
        return try await shown(id, identity)
    }

    /// `POST /api/v1/requests/{id}/withdraw`.
    @Sendable func withdraw(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let id = try context.uuidParameter("id", what: "request")
        try await services.placeRequests.withdraw(id, by: identity)
        return try await shown(id, identity)
    }

    /// The request as the requester reads it (from their own list, so a provider never gets more).
    private func shown(_ id: UUID, _ identity: Identity, status: HTTPResponse.Status = .ok) async throws -> Response {
        guard let summary = try await services.placeRequestReader.summaries(for: identity, only: id).first else {
            throw AppError.notFound("This request")
        }
        return try JSONResponse.make(RequestDTO(summary), status: status)
    }
}
