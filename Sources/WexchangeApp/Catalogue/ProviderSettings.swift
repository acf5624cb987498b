import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

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
                organisation.kind == OrganisationKind.provider.rawValue
            else { throw AppError.notFound("provider \(providerId)") }
            organisation.trusted = trusted
            try await organisation.save(on: db)
            try await AuditLog.record(
                trusted ? .providerTrust : .providerUntrust, providerId, by: actor, at: at, in: db)
        }
    }
}
