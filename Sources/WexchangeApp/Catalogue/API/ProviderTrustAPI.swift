import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

/// National admins' settings: whether a provider is trusted (its listings publish without
/// waiting for moderation, and can still be taken down).
struct ProviderTrustAPI: Sendable {
    let services: AppServices

    struct TrustDTO: Codable, ResponseEncodable { let trusted: Bool? }

    @Sendable func setTrust(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let id = try context.uuidParameter("id", what: "provider")
        let body = try await JSONBody.decode(TrustDTO.self, from: request, context: context)
        guard let trusted = body.trusted else {
            throw AppError(.badRequest, code: "invalid", message: "trusted is required (true or false)", field: "trusted")
        }
        try await ProviderSettings.setTrust(id, trusted: trusted, by: identity.auditActor, services: services)
        return try TrustDTO(trusted: trusted).response(from: request, context: context)
    }
}
