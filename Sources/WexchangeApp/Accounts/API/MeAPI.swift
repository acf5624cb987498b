import Foundation
import Hummingbird
import WexchangeCore

/// `GET /api/v1/me`: who the credentials belong to and the role they act through.
struct MeAPI: Sendable {
    let services: AppServices

    struct MeDTO: Encodable {
        let userId: String
        let name: String
        let role: String
        let organisationId: String
        let organisation: String
        let credential: String

        enum CodingKeys: String, CodingKey {
            case userId = "user_id", name, role, organisationId = "organisation_id", organisation, credential
        }
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let credential =
            switch identity.credential {
            case .session: "session"
            case .personalToken: "personal_token"
            case .providerKey: "provider_key"
            }
        return try JSONResponse.make(
            MeDTO(
                userId: identity.userId.uuidString.lowercased(), name: identity.name, role: identity.role.rawValue,
                organisationId: identity.organisationId.uuidString.lowercased(), organisation: identity.organisationName,
                credential: credential))
    }
}
