import Foundation
import WexchangeCore

/// What `wexchange provider create` does, as a function the tests call too.
public enum ProviderCommands {
    public static func create(
        name: String, kind: ProviderKind, sizeBand: SizeBand, sectors: [Sector], website: String?,
        contactEmail: String?, services: AppServices
    ) async throws -> (id: UUID, apiKey: String) {
        let (provider, key) = try await services.providers.create(
            .init(
                name: name, kind: kind, sizeBand: sizeBand, sectors: sectors, website: website, contactEmail: contactEmail))
        return (try provider.requireID(), key)
    }
}
