import Crypto
import FluentKit
import Foundation
import WexchangeCore

/// Creating providers and checking their API keys. Keys are shown once and stored as SHA-256.
struct ProviderAccounts: Sendable {
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
        let apiKey = Self.generateKey()
        let provider = ProviderModel(name: name, kind: new.kind.rawValue, sizeBand: new.sizeBand.rawValue,
                                     sectors: new.sectors.map(\.rawValue), website: new.website, contactEmail: new.contactEmail)
        provider.apiKeyHash = Self.hash(apiKey)
        try await catalogue.storage.database.transaction { db in
            provider.revision = try await Catalogue.nextRevision(on: db)
            try await provider.create(on: db)
        }
        try await catalogue.refresh()
        return (provider, apiKey)
    }

    /// The provider holding `apiKey`, if any. The key is hashed first, so the look-up time says
    /// nothing about how much of a guessed key was right.
    func provider(forKey apiKey: String) async throws -> ProviderModel? {
        guard apiKey.hasPrefix("wex_"), apiKey.count < 200 else { return nil }
        return try await ProviderModel.query(on: catalogue.storage.database).filter(\.$apiKeyHash == Self.hash(apiKey)).first()
    }

    static func generateKey() -> String {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        return "wex_" + bytes.map { String(format: "%02x", $0) }.joined()
    }

    static func hash(_ key: String) -> String {
        SHA256.hash(data: Data(key.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
