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
        return JSONResponse.make(writing: OpportunityDTO(
            id: id, details: entry.details, provider: index.providers[entry.providerId], placesTaken: entry.placesTaken,
            createdAt: entry.createdAt, updatedAt: entry.updatedAt, distanceKm: nil, includeDistance: false, withDetail: true,
            today: services.today))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let provider = try await ProviderAuth.require(request, services: services)
        let input = try await JSONBody.decode(OpportunityInput.self, from: request, context: context)
        let written = try await services.writer.create(providerID: provider, input: input)
        var response = try await ownedResponse(written.id, provider: provider, status: .created)
        response.headers[.location] = "/api/v1/opportunities/\(written.id.uuidString.lowercased())"
        return response
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        let provider = try await ProviderAuth.require(request, services: services)
        let id = try context.uuidParameter("id", what: "opportunity")
        let input = try await JSONBody.decode(OpportunityInput.self, from: request, context: context)
        _ = try await services.writer.update(providerID: provider, id: id, input: input)
        return try await ownedResponse(id, provider: provider, status: .ok)
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let provider = try await ProviderAuth.require(request, services: services)
        let id = try context.uuidParameter("id", what: "opportunity")
        try await services.writer.archive(providerID: provider, id: id)
        return Response(status: .noContent)
    }

    /// The provider's own view of its listing, whatever its status.
    private func ownedResponse(_ id: UUID, provider: UUID, status: HTTPResponse.Status) async throws -> Response {
        let (row, details) = try await services.writer.listing(id, ownedBy: provider)
        let dto = OpportunityDTO(
            id: id, details: details, provider: services.catalogue.index.providers[provider], placesTaken: row.placesTaken,
            createdAt: row.createdAt ?? services.now(), updatedAt: row.updatedAt ?? services.now(), distanceKm: nil,
            includeDistance: false, withDetail: true, today: services.today)
        return JSONResponse.make(writing: dto, status: status)
    }

    static func parseQuery(_ request: Request, services: AppServices) throws -> OpportunityQuery {
        do {
            return try OpportunityQuery.parse(request.queryPairs, gazetteer: services.gazetteer)
        } catch {
            throw AppError(.badRequest, code: "invalid_parameter", message: "\(error.parameter): \(error.message)", field: error.parameter)
        }
    }
}

/// Provider API keys: `Authorization: Bearer <key>`.
enum ProviderAuth {
    static func require(_ request: Request, services: AppServices) async throws -> UUID {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw AppError.unauthorised
        }
        let key = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
        guard let provider = try await services.providers.provider(forKey: key) else {
            throw AppError(.unauthorized, code: "unauthorised", message: "the API key is not valid")
        }
        return try provider.requireID()
    }
}
