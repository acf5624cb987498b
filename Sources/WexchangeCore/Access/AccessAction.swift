import Foundation

/// What the policy needs to know about a listing.
public struct ListingFacts: Sendable, Hashable {
    public var providerId: UUID
    public var isPublished: Bool
    public var isVirtual: Bool
    /// The Careers Hub whose local authorities contain the listing's postcode (nil when virtual
    /// or outside every hub: then national admins moderate it).
    public var hubId: UUID?

    public init(providerId: UUID, isPublished: Bool, isVirtual: Bool, hubId: UUID?) {
        self.providerId = providerId
        self.isPublished = isPublished
        self.isVirtual = isVirtual
        self.hubId = hubId
    }

    /// The hub that moderates this listing; nil means national admins do.
    public var moderatingHubId: UUID? { isVirtual ? nil : hubId }
}

/// What the policy needs to know about an organisation.
public struct OrganisationFacts: Sendable, Hashable {
    public var id: UUID
    public var kind: OrganisationKind
    /// For a school: its Careers Hub.
    public var hubId: UUID?

    public init(id: UUID, kind: OrganisationKind, hubId: UUID? = nil) {
        self.id = id
        self.kind = kind
        self.hubId = hubId
    }
}

/// What the policy needs to know about a student's own record.
public struct StudentFacts: Sendable, Hashable {
    /// The student's own account; nil for a record imported before the student has one (then only
    /// the school's staff can see it).
    public var userId: UUID?
    public var schoolId: UUID

    public init(userId: UUID?, schoolId: UUID) {
        self.userId = userId
        self.schoolId = schoolId
    }
}

/// What the policy needs to know about an allocation round.
public struct RoundFacts: Sendable, Hashable {
    public var scope: RoundScope
    /// The school or Careers Hub running it; nil for the national virtual pool.
    public var organisationId: UUID?
    public var state: RoundState

    public init(scope: RoundScope, organisationId: UUID?, state: RoundState) {
        self.scope = scope
        self.organisationId = organisationId
        self.state = state
    }
}

/// What the policy needs to know about an offer of a place (and the placement it becomes).
public struct OfferFacts: Sendable, Hashable {
    public var student: StudentFacts
    /// The provider of the opportunity offered.
    public var providerId: UUID
    public var state: OfferState

    public init(student: StudentFacts, providerId: UUID, state: OfferState) {
        self.student = student
        self.providerId = providerId
        self.state = state
    }
}

/// What the policy needs to know about a student's request for a place.
public struct RequestFacts: Sendable, Hashable {
    public var student: StudentFacts
    /// The provider of the opportunity asked for, who answers.
    public var providerId: UUID
    public var state: PlaceRequestState

    public init(student: StudentFacts, providerId: UUID, state: PlaceRequestState) {
        self.student = student
        self.providerId = providerId
        self.state = state
    }
}

/// Every action a route can declare. The resource it acts on travels with it, so a route cannot
/// ask about an action without saying on what.
public enum AccessAction: Sendable, Hashable {
    case viewListing(ListingFacts)
    /// List, create and manage the listings of the requester's own provider (the listing's owner
    /// is always the requester's organisation, so there is nothing else to name).
    case manageOwnListings
    case editListing(ListingFacts)
    case moderateListing(ListingFacts)
    /// The queue of listings waiting for the requester's moderation (a hub's or the national one).
    case viewModerationQueue
    case viewOrganisation(OrganisationFacts)
    case manageMembers(OrganisationFacts)
    case viewStudent(StudentFacts)
    /// The requester's school's list of students: its careers leader and staff.
    case listStudents
    /// Import the requester's school's cohort (CSV or CTF): its careers leader.
    case importStudents
    /// Record an experience in a student's journey: the staff of the student's school.
    case recordJourney(StudentFacts)
    /// Set goals before an experience and reflect on it after: the student themselves, or their
    /// school's staff with them (a tutor session). Parents read the journey but do not write it.
    case reflectOnJourney(StudentFacts)
    /// The school's progress against its target, with the at-risk list: its careers leader.
    case viewSchoolProgress
    /// Make accounts for the school's students who have none: its careers leader.
    case createStudentAccounts
    /// A student's way in: a new sign-in code, a parent or carer invited for them: the staff of
    /// the student's school.
    case manageStudentAccess(StudentFacts)
    /// The school's log of who read and changed its students' records: its careers leader.
    case viewStudentReadLog
    /// Choose the target the school measures its students against: its careers leader.
    case setSchoolTarget
    /// The hub's schools' progress in aggregate, no student named: its hub coordinators.
    case viewHubProgress
    /// List the rounds the requester may see (each one still checked with `viewRound`): people.
    case listRounds
    /// Create a round of this scope: a careers leader for their school, a hub coordinator for
    /// their hub, a national admin for the national virtual pool.
    case createRound(RoundScope)
    /// Change a round's settings, open it, run it, publish it: those who may create its kind, for
    /// their own school or hub.
    case manageRound(RoundFacts)
    /// Read a round's rules, seed, pledges and (once published) cutoffs, no student named: anyone
    /// signed in once preferences open; while it is being set up, its managers and providers
    /// (who pledge to it).
    case viewRound(RoundFacts)
    /// Pledge places of a listing to a round: the listing's provider.
    case pledgeToRound(RoundFacts, ListingFacts)
    /// Rank a round's opportunities for a student: the student, or their school's staff for them.
    /// `inScope`: the student's school takes part in the round.
    case rankInRound(RoundFacts, StudentFacts, inScope: Bool)
    /// The offers of the requester (a student) or of their children (a parent).
    case listOwnOffers
    /// Read an offer, with the round's explanation: the student, their parents, their school's staff.
    case viewOffer(OfferFacts)
    /// Accept or decline an offer: the student, or their school's staff for them (parents give
    /// consent instead).
    case answerOffer(OfferFacts)
    /// Give or refuse consent to an accepted offer: a parent or carer linked to the student.
    case consentToOffer(OfferFacts)
    /// Ask a provider for a place for a student: the student themselves, or their school's staff.
    case requestPlace(StudentFacts)
    /// The requests the requester may see: a student's own, their school's (staff), those to
    /// their listings (a provider's people, who see only what deciding needs).
    case listRequests
    /// Accept or decline a request: the people of the provider asked.
    case answerRequest(RequestFacts)
    /// Take a request back before it is answered: the student, or their school's staff.
    case withdrawRequest(RequestFacts)
    /// Call off a confirmed placement: the people of the provider hosting it.
    case cancelPlacement(OfferFacts)
    /// Read one placement's student and record its attendance and feedback: the people of the
    /// provider hosting it.
    case recordPlacement(OfferFacts)
    /// The provider's confirmed placements, with only what hosting a student needs: its people.
    case listPlacements
    /// Make or stop a private calendar link of placements: a student (their own), a provider's
    /// people (those they host).
    case manageCalendarLink
    /// Counts and rates with no student named (hub, national and school dashboards).
    case viewAggregates
    case grantBadge(bodyId: UUID?)
    case revokeBadge(grantedByBodyId: UUID?)
    case rateOpportunity(ListingFacts)
    case moderateReviews
    /// The directory of every organisation: national admins.
    case listOrganisations
    /// Read the audit log (who did what, when, why): national admins.
    case viewAuditLog
    /// Mark a provider trusted (its listings publish without moderation) or not: national admins.
    case setProviderTrust
    /// Report a review as abusive; any signed-in person may.
    case reportReview
    /// Own account: change password, switch membership, sign out. People only.
    case manageOwnAccount
    /// Personal API tokens: the roles whose work other systems do (not students or parents).
    case manageAPITokens
    /// Say who the credentials belong to (`GET /api/v1/me`): anyone signed in, feed keys too.
    case identifySelf
}

/// The policy's answer, which maps straight to an HTTP status.
public enum AccessDecision: Sendable, Hashable {
    case allowed
    /// 401: sign in first.
    case signInRequired
    /// 403: signed in, but this role may not.
    case forbidden
    /// 404: the requester may not know the resource exists.
    case hidden
}
