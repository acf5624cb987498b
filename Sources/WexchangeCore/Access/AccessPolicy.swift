import Foundation

/// The one authorisation policy: plain functions of (who is asking, through which membership,
/// what they want to do, to what). Handlers never decide for themselves; each route declares its
/// `AccessAction` and asks `decide`.
///
/// Ground rules (accounts issue, "Authorisation"): a provider manages only its own listings; a
/// hub coordinator moderates in-person listings in the hub's area and sees the hub's schools; a
/// careers leader or school staff sees their own school's students; a student sees only
/// themselves; a parent only their linked students; national admins see every listing and
/// organisation but students only in aggregate; assessors manage only their own body's badges.
/// Providers never see students.
public enum AccessPolicy {
    public static func decide(_ requester: Requester, _ action: AccessAction) -> AccessDecision {
        if case .providerFeed(let providerId) = requester { return decideForFeed(providerId, action) }
        switch action {
        case .viewListing(let listing):
            // An unpublished listing's existence is hidden from everyone who may not see it.
            if listing.isPublished { return .allowed }
            guard case .member(_, let m) = requester else { return .hidden }
            return ownsListing(m, listing) || moderates(m, listing) ? .allowed : .hidden
        default:
            break
        }
        guard case .member(let userId, let m) = requester else { return .signInRequired }
        switch action {
        case .viewListing:
            return .allowed  // Answered above.
        case .manageOwnAccount, .reportReview, .identifySelf:
            return .allowed
        case .manageAPITokens:
            return m.role == .student || m.role == .parent ? .forbidden : .allowed
        case .manageOwnListings:
            return m.role.organisationKind == .provider ? .allowed : .forbidden
        case .editListing(let listing):
            return ownsListing(m, listing) ? .allowed : refused(listing)
        case .moderateListing(let listing):
            return moderates(m, listing) ? .allowed : refused(listing)
        case .viewModerationQueue:
            return m.role == .hubCoordinator || m.role == .nationalAdmin ? .allowed : .forbidden
        case .viewOrganisation(let organisation):
            return seesOrganisation(m, organisation) ? .allowed : .hidden
        case .manageMembers(let organisation):
            if m.role == .nationalAdmin { return .allowed }
            guard m.organisationId == organisation.id else { return seesOrganisation(m, organisation) ? .forbidden : .hidden }
            return m.role.administersOrganisation ? .allowed : .forbidden
        case .viewStudent(let student):
            return seesStudent(userId: userId, m, student) ? .allowed : .hidden
        case .listStudents:
            return m.role == .careersLeader || m.role == .schoolStaff ? .allowed : .forbidden
        case .importStudents, .viewSchoolProgress, .setSchoolTarget, .viewStudentReadLog, .createStudentAccounts:
            return m.role == .careersLeader ? .allowed : .forbidden
        case .recordJourney(let student), .manageStudentAccess(let student):
            guard m.role == .careersLeader || m.role == .schoolStaff else {
                return seesStudent(userId: userId, m, student) ? .forbidden : .hidden
            }
            return student.schoolId == m.organisationId ? .allowed : .hidden
        case .reflectOnJourney(let student):
            switch m.role {
            case .student, .careersLeader, .schoolStaff: return seesStudent(userId: userId, m, student) ? .allowed : .hidden
            default: return seesStudent(userId: userId, m, student) ? .forbidden : .hidden
            }
        case .viewHubProgress:
            return m.role == .hubCoordinator ? .allowed : .forbidden
        case .listOwnOffers:
            return m.role == .student || m.role == .parent ? .allowed : .forbidden
        case .viewOffer(let offer):
            return offer.state != .pending && seesStudent(userId: userId, m, offer.student) ? .allowed : .hidden
        case .answerOffer(let offer):
            guard offer.state != .pending, seesStudent(userId: userId, m, offer.student) else { return .hidden }
            return m.role == .parent ? .forbidden : .allowed
        case .consentToOffer(let offer):
            guard offer.state != .pending, seesStudent(userId: userId, m, offer.student) else { return .hidden }
            return m.role == .parent ? .allowed : .forbidden
        case .listPlacements:
            return m.role.organisationKind == .provider ? .allowed : .forbidden
        case .manageCalendarLink:
            return m.role == .student || m.role.organisationKind == .provider ? .allowed : .forbidden
        case .cancelPlacement(let offer), .recordPlacement(let offer):
            if m.role.organisationKind == .provider && m.organisationId == offer.providerId { return .allowed }
            return offer.state != .pending && seesStudent(userId: userId, m, offer.student) ? .forbidden : .hidden
        case .requestPlace(let student):
            guard seesStudent(userId: userId, m, student) else { return .hidden }
            return m.role == .parent ? .forbidden : .allowed
        case .listRequests:
            switch m.role {
            case .student, .careersLeader, .schoolStaff, .providerAdmin, .providerStaff: return .allowed
            default: return .forbidden
            }
        case .answerRequest(let request):
            if m.role.organisationKind == .provider && m.organisationId == request.providerId { return .allowed }
            return seesStudent(userId: userId, m, request.student) ? .forbidden : .hidden
        case .withdrawRequest(let request):
            guard seesStudent(userId: userId, m, request.student) else {
                return m.role.organisationKind == .provider && m.organisationId == request.providerId ? .forbidden : .hidden
            }
            return m.role == .parent ? .forbidden : .allowed
        case .viewAggregates:
            switch m.role {
            case .careersLeader, .hubCoordinator, .nationalAdmin: return .allowed
            default: return .forbidden
            }
        case .grantBadge(let bodyId):
            if m.role == .nationalAdmin { return .allowed }
            return m.role == .assessor && bodyId == m.organisationId ? .allowed : .forbidden
        case .revokeBadge(let grantedBy):
            if m.role == .nationalAdmin { return .allowed }
            return m.role == .assessor && grantedBy == m.organisationId ? .allowed : .forbidden
        case .rateOpportunity(let listing):
            guard listing.isPublished else { return .hidden }
            return m.role == .careersLeader || m.role == .hubCoordinator ? .allowed : .forbidden
        case .moderateReviews, .setProviderTrust, .listOrganisations, .viewAuditLog:
            return m.role == .nationalAdmin ? .allowed : .forbidden
        case .listRounds:
            return .allowed
        case .createRound(let scope):
            return runsRounds(m, scope: scope) ? .allowed : .forbidden
        case .manageRound(let round):
            if managesRound(m, round) { return .allowed }
            return decide(requester, .viewRound(round)) == .allowed ? .forbidden : .hidden
        case .viewRound(let round):
            if round.state != .draft || managesRound(m, round) || m.role.organisationKind == .provider { return .allowed }
            return .hidden
        case .pledgeToRound(let round, let listing):
            guard decide(requester, .viewRound(round)) == .allowed else { return .hidden }
            return ownsListing(m, listing) ? .allowed : .forbidden
        case .rankInRound(let round, let student, let inScope):
            guard seesStudent(userId: userId, m, student) else { return .hidden }
            guard m.role == .student || m.role == .careersLeader || m.role == .schoolStaff else { return .forbidden }
            return inScope && decide(requester, .viewRound(round)) == .allowed ? .allowed : .forbidden
        }
    }

    /// The scope of round a role runs (a school round for anyone else, which they may not create).
    public static func roundScope(of role: Role) -> RoundScope {
        switch role {
        case .hubCoordinator: .hub
        case .nationalAdmin: .national
        default: .school
        }
    }

    /// Whether the membership's role runs rounds of this scope (for its own organisation).
    private static func runsRounds(_ m: Membership, scope: RoundScope) -> Bool {
        switch scope {
        case .school: m.role == .careersLeader
        case .hub: m.role == .hubCoordinator
        case .national: m.role == .nationalAdmin
        }
    }

    private static func managesRound(_ m: Membership, _ round: RoundFacts) -> Bool {
        guard runsRounds(m, scope: round.scope) else { return false }
        return round.scope == .national || round.organisationId == m.organisationId
    }

    /// Whether a waiting listing belongs in this requester's own moderation queue: a hub's
    /// in-person listings in its area for its coordinators; online listings and those outside every
    /// hub for national admins. (National admins may still open and decide any listing, as
    /// oversight: that is `moderateListing`.)
    public static func queues(_ requester: Requester, _ listing: ListingFacts) -> Bool {
        guard case .member(_, let m) = requester else { return false }
        switch m.role {
        case .hubCoordinator: return listing.moderatingHubId == m.organisationId
        case .nationalAdmin: return listing.moderatingHubId == nil
        default: return false
        }
    }

    /// A feed key publishes its provider's listings; everything a person does is refused.
    private static func decideForFeed(_ providerId: UUID, _ action: AccessAction) -> AccessDecision {
        let m = Membership(organisationId: providerId, role: .providerAdmin)
        switch action {
        case .manageOwnListings, .identifySelf: return .allowed
        case .editListing(let listing): return ownsListing(m, listing) ? .allowed : refused(listing)
        case .viewListing(let listing): return listing.isPublished || ownsListing(m, listing) ? .allowed : .hidden
        default: return .forbidden
        }
    }

    /// A published listing is public, so refusing says nothing new; an unpublished one is hidden.
    private static func refused(_ listing: ListingFacts) -> AccessDecision {
        listing.isPublished ? .forbidden : .hidden
    }

    private static func ownsListing(_ m: Membership, _ listing: ListingFacts) -> Bool {
        m.role.organisationKind == .provider && m.organisationId == listing.providerId
    }

    private static func moderates(_ m: Membership, _ listing: ListingFacts) -> Bool {
        switch m.role {
        case .nationalAdmin: true
        case .hubCoordinator: listing.moderatingHubId == m.organisationId
        default: false
        }
    }

    private static func seesOrganisation(_ m: Membership, _ organisation: OrganisationFacts) -> Bool {
        if m.organisationId == organisation.id || m.role == .nationalAdmin { return true }
        // A hub coordinator sees the schools of the hub.
        return m.role == .hubCoordinator && organisation.kind == .school && organisation.hubId == m.organisationId
    }

    private static func seesStudent(userId: UUID, _ m: Membership, _ student: StudentFacts) -> Bool {
        switch m.role {
        case .student: student.userId == userId && student.schoolId == m.organisationId
        case .parent: student.userId.map(m.linkedStudents.contains) ?? false
        case .careersLeader, .schoolStaff: student.schoolId == m.organisationId
        // National admins see students only in aggregate; providers never see them (a later
        // issue reveals allocated students to their placement, through its own action).
        case .nationalAdmin, .hubCoordinator, .providerAdmin, .providerStaff, .assessor: false
        }
    }
}
