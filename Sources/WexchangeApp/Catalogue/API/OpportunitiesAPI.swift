import FluentKit
import Foundation
import Hummingbird
import WexchangeCore
import WexchangeSearch

/// `/api/v1/opportunities`: search and read (anyone), create, replace and withdraw (the owning provider).
struct OpportunitiesAPI: Sendable {
    let services: AppServices

    @Sendable func search(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = try Self.parseQuery(request, services: services)
        let today = services.today
        let result = services.catalogue.index.search(query, today: today)
        return JSONResponse.make(writing: SearchResponseDTO(result: result, query: query, today: today, cache: services.listingJSON))
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.uuidParameter("id", what: "opportunity")
        let index = services.catalogue.index
        guard let entry = index.entry(id: id) else { throw AppError.notFound("opportunity \(id.uuidString.lowercased())") }
        return try OpportunityDTO(
            id: id, details: entry.details, provider: index.providers[entry.providerId], placesTaken: entry.placesTaken,
            createdAt: entry.createdAt, updatedAt: entry.updatedAt, distanceKm: nil, includeDistance: false, withDetail: true,
            today: services.today
        ).response(from: request, context: context)
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let provider = try context.providerId()
        let input = try await JSONBody.decode(OpportunityInput.self, from: request, context: context)
        let written = try await services.listings.create(providerID: provider, input: input)
        let dto = try await ownedDTO(written.id, provider: provider)
        return try EditedResponse(status: .created, headers: [.location: CatalogueRoutes.apiOpportunity.link(written.id)], response: dto)
            .response(from: request, context: context)
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        let provider = try context.providerId()
        let id = try context.uuidParameter("id", what: "opportunity")
        let input = try await JSONBody.decode(OpportunityInput.self, from: request, context: context)
        _ = try await services.listings.update(providerID: provider, id: id, input: input)
        return try await ownedDTO(id, provider: provider).response(from: request, context: context)
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let provider = try context.providerId()
        let id = try context.uuidParameter("id", what: "opportunity")
        try await services.listings.archive(providerID: provider, id: id)
        return Response(status: .noContent)
    }

    /// `GET /api/v1/my/opportunities`: every listing of the caller's provider, whatever its status.
    @Sendable func mine(_ request: Request, context: AppRequestContext) async throws -> Response {
        let provider = try context.providerId()
        let rows = try await OpportunityModel.query(on: services.storage.database).filter(\.$provider.$id == provider)
            .sort(\.$updatedAt, .descending).all()
        let dtos = try rows.map { try ownedDTO($0, provider: provider) }
        return try OwnedListingsDTO(items: dtos).response(from: request, context: context)
    }

    /// The provider's own view of its listing, whatever its status: a change waiting beside the
    /// published version shows as the change, with `change_status`.
    private func ownedDTO(_ id: UUID, provider: UUID) async throws -> OpportunityDTO {
        let (row, _) = try await services.listings.listing(id, ownedBy: provider)
        return try ownedDTO(row, provider: provider)
    }

    private func ownedDTO(_ row: OpportunityModel, provider: UUID) throws -> OpportunityDTO {
        var dto = OpportunityDTO(
            id: try row.requireID(), details: try row.workingDetails(), provider: services.catalogue.index.providers[provider],
            placesTaken: row.placesTaken, createdAt: row.createdAt ?? services.now(), updatedAt: row.updatedAt ?? services.now(),
            distanceKm: nil, includeDistance: false, withDetail: true, today: services.today)
        dto.status = row.status
        dto.moderationReason = row.moderationReason
        dto.changeStatus = row.hasWaitingChange ? "waiting" : row.hasReturnedChange ? "returned" : nil
        return dto
    }

    static func parseQuery(_ request: Request, services: AppServices) throws -> OpportunityQuery {
        do {
            return try OpportunityQuery.parse(request.queryPairs, gazetteer: services.gazetteer, strict: true)
        } catch {
            throw AppError(.badRequest, code: "invalid_parameter", message: "\(error.parameter): \(error.message)", field: error.parameter)
        }
    }
}
