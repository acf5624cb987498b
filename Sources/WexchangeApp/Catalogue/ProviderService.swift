import FluentKit
import Foundation
import WexchangeCore

/// Creating providers and checking their API keys. Keys are shown once and stored as SHA-256.
struct ProviderService: Sendable {
    let catalogue: Catalogue

    struct NewProvider: Sendable {
        var name: String
        var kind: ProviderKind
        var sizeBand: SizeBand = .small
        var sectors: [Sector] = []
        var website: String?
        var contactEmail: String?
    }

    /// Creates a provider and returns it with its API key (the only time the key is available).
    func create(_ new: NewProvider) async throws -> (provider: ProviderModel, apiKey: String) {
        let name = new.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200 else {
            throw AppError(.badRequest, code: "invalid", message: "name must be 1 to 200 characters", field: "name")
        }
        // The same rules as people's accounts: one validator for each kind of value.
        let contactEmail = try new.contactEmail.map {
            try AccountRules.email($0).mapError { AppError.invalid(ValidationFailure([$0])) }.get()
        }
        let website = try new.website.map { try AccountRules.website($0).mapError { AppError.invalid(ValidationFailure([$0])) }.get() }
        let apiKey = Secret.generate(.providerKey)
        let provider = ProviderModel(
            name: name, kind: new.kind.rawValue, sizeBand: new.sizeBand.rawValue,
            sectors: new.sectors.map(\.rawValue), website: website, contactEmail: contactEmail)
        provider.apiKeyHash = Secret.hash(apiKey)
        try await catalogue.write { db, revision in
            provider.revision = try await revision.next()
            let organisation = OrganisationModel(kind: OrganisationKind.provider.rawValue, name: name)
            try await organisation.create(on: db)
            provider.id = try organisation.requireID()
            try await provider.create(on: db)
        }
        return (provider, apiKey)
    }

    /// The provider holding `apiKey`, if any. The key is hashed first, so the look-up time says
    /// nothing about how much of a guessed key was right.
    func provider(forKey apiKey: String) async throws -> ProviderModel? {
        guard Secret.isPlausible(apiKey, .providerKey) else { return nil }
        return try await ProviderModel.query(on: catalogue.storage.database).filter(\.$apiKeyHash == Secret.hash(apiKey)).first()
    }
}
