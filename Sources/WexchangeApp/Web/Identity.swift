import Foundation
import WexchangeCore

/// Who is making a request, once their credentials have been checked: a person acting through
/// one membership, or a provider's feed key (which acts as the provider's admin).
struct Identity: Sendable {
    enum Credential: Sendable, Equatable {
        /// A browser session: state-changing requests must carry its CSRF token.
        case session(id: UUID, csrfToken: String)
        case personalToken(id: UUID, label: String)
        /// A provider's feed key from the foundation. Not a person: `userId` is the provider's id.
        case providerKey
    }

    let userId: UUID
    let name: String
    let membershipId: UUID?
    let membership: Membership
    let organisationName: String
    let credential: Credential

    var requester: Requester {
        credential == .providerKey ? .providerFeed(providerId: membership.organisationId) : .member(userId: userId, membership: membership)
    }

    /// How the audit log names the credential that acted.
    var credentialDescription: String {
        switch credential {
        case .session: "signed in"
        case .personalToken(_, let label): "personal API token “\(label)”"
        case .providerKey: "provider feed key"
        }
    }
    var organisationId: UUID { membership.organisationId }
    var role: Role { membership.role }

    var csrfToken: String? {
        if case .session(_, let token) = credential { return token }
        return nil
    }

    var sessionId: UUID? {
        if case .session(let id, _) = credential { return id }
        return nil
    }
}
