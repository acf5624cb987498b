import FluentKit
import Foundation
import WexchangeCore

/// What `wexchange user create` and `wexchange organisation create` do, as functions the tests
/// call too.
public enum AccountCommands {
    public struct CreatedUser: Sendable {
        public let id: UUID
        public let email: String
        /// Set when the command chose the password (shown once).
        public let generatedPassword: String?
    }

    /// Creates a user with one role. A national admin needs no `--org`: they join the national
    /// convenor, created on first use. Without a password one is generated and returned.
    public static func createUser(
        email: String, name: String, role: Role, organisationId: UUID?, yearGroup: Int? = nil,
        password: String?, services: AppServices
    ) async throws -> CreatedUser {
        let organisation: UUID
        if let organisationId {
            organisation = organisationId
        } else if role == .nationalAdmin {
            organisation = try await nationalConvenor(services)
        } else {
            throw AppError(
                .badRequest, code: "invalid",
                message: "\(withArticle(role.label.lowercased())) needs --org (the id of their \(role.organisationKind.singular))",
                field: "org")
        }
        let chosen = password ?? generatedPassword()
        let user = try await services.accounts.createUser(
            .init(
                email: email, name: name, password: chosen,
                memberships: [.init(organisationId: organisation, role: role, yearGroup: yearGroup)]))
        return CreatedUser(id: try user.requireID(), email: user.email, generatedPassword: password == nil ? chosen : nil)
    }

    public static func createOrganisation(
        kind: OrganisationKind, name: String, localAuthorities: [String] = [], hubId: UUID? = nil,
        urn: Int? = nil, services: AppServices
    ) async throws -> UUID {
        let organisation = try await services.accounts.createOrganisation(
            .init(kind: kind, name: name, urn: urn, hubId: hubId, localAuthorities: localAuthorities), on: services.storage.database)
        return try organisation.requireID()
    }

    /// `wexchange organisation move-authority`: returns the hub that had the authority, if any.
    public static func moveLocalAuthority(_ code: String, toHub hubId: UUID, services: AppServices) async throws -> String? {
        try await services.accounts.moveLocalAuthority(code, toHub: hubId)
    }

    /// The one national convenor organisation.
    static func nationalConvenor(_ services: AppServices) async throws -> UUID {
        let db = services.storage.database
        if let existing = try await OrganisationModel.query(on: db).filter(\.$kind == OrganisationKind.nationalConvenor.rawValue).first() {
            return try existing.requireID()
        }
        return try await createOrganisation(kind: .nationalConvenor, name: "Wexchange national team", services: services)
    }

    /// Sixteen random letters and digits in groups of four: strong, and easy to type once.
    static func generatedPassword() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<16).map { _ in alphabet[Int(generator.next(upperBound: UInt32(alphabet.count)))] }
        return stride(from: 0, to: 16, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
    }
}
