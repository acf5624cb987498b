import Foundation
import WexchangeCore

/// What the page layout shows about the person looking: their name and role, the links their
/// role can use (asked of the policy, so the menu never offers what would be refused), and the
/// CSRF token the sign-out form needs.
struct Viewer: Sendable {
    let name: String
    let organisationName: String
    let role: Role
    let csrfToken: String
    let canModerate: Bool
    let managesListings: Bool
    let managesBadges: Bool
    let moderatesReviews: Bool
    let listsOrganisations: Bool
    let readsAuditLog: Bool
    let usesAPITokens: Bool
    let listsStudents: Bool
    let hasOffers: Bool
    let hostsPlacements: Bool
    /// Whether the menu offers requests for places: students, school staff, providers.
    let seesRequests: Bool
    /// Whether the menu offers the rounds: everyone who runs, pledges to or ranks in them (a
    /// parent follows their child's offers instead).
    let seesRounds: Bool

    init?(_ identity: Identity?) {
        guard let identity, let csrfToken = identity.csrfToken else { return nil }
        name = identity.name
        organisationName = identity.organisationName
        role = identity.role
        self.csrfToken = csrfToken
        canModerate = AccessPolicy.decide(identity.requester, .viewModerationQueue) == .allowed
        managesListings = AccessPolicy.decide(identity.requester, .manageOwnListings) == .allowed
        managesBadges = AccessPolicy.decide(identity.requester, .grantBadge(bodyId: identity.organisationId)) == .allowed
        moderatesReviews = AccessPolicy.decide(identity.requester, .moderateReviews) == .allowed
        listsOrganisations = AccessPolicy.decide(identity.requester, .listOrganisations) == .allowed
        readsAuditLog = AccessPolicy.decide(identity.requester, .viewAuditLog) == .allowed
        usesAPITokens = AccessPolicy.decide(identity.requester, .manageAPITokens) == .allowed
        listsStudents = AccessPolicy.decide(identity.requester, .listStudents) == .allowed
        hasOffers = AccessPolicy.decide(identity.requester, .listOwnOffers) == .allowed
        hostsPlacements = AccessPolicy.decide(identity.requester, .listPlacements) == .allowed
        seesRequests = AccessPolicy.decide(identity.requester, .listRequests) == .allowed
        seesRounds = identity.role != .parent && AccessPolicy.decide(identity.requester, .listRounds) == .allowed
    }
}
