import Foundation

/// The kinds of organisation people belong to (accounts issue, "Organisations and people").
public enum OrganisationKind: String, CaseIterable, Sendable, Codable {
    case school
    case provider
    case careersHub = "careers_hub"
    case nationalConvenor = "national_convenor"
    case accreditationBody = "accreditation_body"
}

/// What a person is within one organisation. A person may hold several memberships and acts
/// through one at a time.
public enum Role: String, CaseIterable, Sendable, Codable {
    case careersLeader = "careers_leader"
    case schoolStaff = "school_staff"
    case student
    case parent
    case providerAdmin = "provider_admin"
    case providerStaff = "provider_staff"
    case hubCoordinator = "hub_coordinator"
    case nationalAdmin = "national_admin"
    case assessor

    /// The one kind of organisation this role exists in.
    public var organisationKind: OrganisationKind {
        switch self {
        case .careersLeader, .schoolStaff, .student, .parent: .school
        case .providerAdmin, .providerStaff: .provider
        case .hubCoordinator: .careersHub
        case .nationalAdmin: .nationalConvenor
        case .assessor: .accreditationBody
        }
    }

    /// Whether the role administers its organisation's members and invitations.
    public var administersOrganisation: Bool {
        switch self {
        case .careersLeader, .providerAdmin, .hubCoordinator, .nationalAdmin: true
        case .schoolStaff, .student, .parent, .providerStaff, .assessor: false
        }
    }
}

/// One membership, with the facts the policy needs about the organisation.
public struct Membership: Sendable, Hashable {
    public var organisationId: UUID
    public var role: Role
    /// For a school: the Careers Hub it belongs to (at most one).
    public var schoolHubId: UUID?
    /// For a parent: the students (user ids) they are linked to.
    public var linkedStudents: Set<UUID>

    public init(organisationId: UUID, role: Role, schoolHubId: UUID? = nil, linkedStudents: Set<UUID> = []) {
        self.organisationId = organisationId
        self.role = role
        self.schoolHubId = schoolHubId
        self.linkedStudents = linkedStudents
    }
}

/// Who is asking: nobody signed in, a user acting through one of their memberships, or a
/// provider's feed key (a system publishing the provider's listings, not a person).
public enum Requester: Sendable, Hashable {
    case anonymous
    case member(userId: UUID, membership: Membership)
    /// A provider's feed key: it manages the provider's listings and nothing else (never members,
    /// credentials or anything a person does).
    case providerFeed(providerId: UUID)
}
