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
        try await ProviderSettings.setTrust(id, trusted: trusted, by: identity.auditActor, services: services)
        return try JSONResponse.make(["trusted": trusted])
    }
}

/// Provider settings shared by the API and `wexchange provider trust`.
public enum ProviderSettings {
    /// From the command line (`wexchange provider trust`).
    public static func setTrust(_ providerId: UUID, trusted: Bool, services: AppServices) async throws {
        try await setTrust(providerId, trusted: trusted, by: .commandLine, services: services)
    }

    static func setTrust(_ providerId: UUID, trusted: Bool, by actor: AuditActor, services: AppServices) async throws {
        let at = services.now()
        try await services.storage.transaction { db in
            guard let organisation = try await OrganisationModel.find(providerId, on: db),
                  organisation.kind == OrganisationKind.provider.rawValue else { throw AppError.notFound("provider \(providerId)") }
            organisation.trusted = trusted
            try await organisation.save(on: db)
            try await AuditLog.record(trusted ? "provider.trust" : "provider.untrust", on: "provider", providerId, by: actor, at: at, in: db)
        }
    }
}
