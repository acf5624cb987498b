import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

/// National admins' settings: whether a provider is trusted (its listings publish without
/// waiting for moderation, and can still be taken down).
struct AdministrationAPI: Sendable {
    let services: AppServices

    struct TrustDTO: Decodable { let trusted: Bool? }

    @Sendable func setTrust(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let id = try context.uuidParameter("id", what: "provider")
        let body = try await JSONBody.decode(TrustDTO.self, from: request, context: context)
        guard let trusted = body.trusted else {
            throw AppError(.badRequest, code: "invalid", message: "trusted is required (true or false)", field: "trusted")
        }
        try await ProviderSettings.setTrust(id, trusted: trusted, by: identity.userId, actingAs: identity.role.rawValue, services: services)
        return try JSONResponse.make(["trusted": trusted])
    }
}

/// Provider settings shared by the API and `wexchange provider trust`.
public enum ProviderSettings {
    public static func setTrust(_ providerId: UUID, trusted: Bool, by userId: UUID?, actingAs: String, services: AppServices) async throws {
        let at = services.now()
        try await services.storage.database.transaction { db in
            guard let organisation = try await OrganisationModel.find(providerId, on: db),
                  organisation.kind == OrganisationKind.provider.rawValue else { throw AppError.notFound("provider \(providerId)") }
            organisation.trusted = trusted
            try await organisation.save(on: db)
            try await AuditLog.record(trusted ? "provider.trust" : "provider.untrust", on: "provider", providerId, userId: userId,
                                      actingAs: actingAs, at: at, in: db)
        }
    }
}
