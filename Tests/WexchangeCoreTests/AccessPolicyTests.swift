import Foundation
import Testing
import WexchangeCore

/// The ground rules of the authorisation policy (accounts issue, "Authorisation"), one role at a
/// time, then exhaustively for student data.
@Suite struct AccessPolicyTests {
    // Two of everything, so "own" and "other" can both be asked.
    static let providerA = UUID(), providerB = UUID()
    static let hub1 = UUID(), hub2 = UUID()
    static let school1 = UUID(), school2 = UUID()  // school1 is in hub1, school2 in hub2.
    static let body1 = UUID(), body2 = UUID()
    static let convenor = UUID()
    static let pupil = UUID(), otherPupil = UUID()

    static let inHub1 = ListingFacts(providerId: providerA, isPublished: true, isVirtual: false, hubId: hub1)
    static let draftInHub1 = ListingFacts(providerId: providerA, isPublished: false, isVirtual: false, hubId: hub1)
    static let draftInHub2 = ListingFacts(providerId: providerB, isPublished: false, isVirtual: false, hubId: hub2)
    static let virtualDraft = ListingFacts(providerId: providerA, isPublished: false, isVirtual: true, hubId: hub1)
    static let outsideHubs = ListingFacts(providerId: providerB, isPublished: false, isVirtual: false, hubId: nil)
    static let pupilRecord = StudentFacts(userId: pupil, schoolId: school1)
    static let otherRecord = StudentFacts(userId: otherPupil, schoolId: school2)

    static func member(_ role: Role, of organisation: UUID, hub: UUID? = nil, linked: Set<UUID> = [], user: UUID = UUID()) -> Requester {
        .member(userId: user, membership: Membership(organisationId: organisation, role: role, schoolHubId: hub, linkedStudents: linked))
    }

    func decide(_ requester: Requester, _ action: AccessAction) -> AccessDecision { AccessPolicy.decide(requester, action) }

    @Test func anonymousMayOnlyBrowseAndUnpublishedListingsAreHidden() {
        #expect(decide(.anonymous, .viewListing(Self.inHub1)) == .allowed)
        #expect(decide(.anonymous, .viewListing(Self.draftInHub1)) == .hidden)
        #expect(decide(.anonymous, .editListing(Self.inHub1)) == .signInRequired)
        #expect(decide(.anonymous, .viewModerationQueue) == .signInRequired)
        #expect(decide(.anonymous, .viewStudent(Self.pupilRecord)) == .signInRequired)
        #expect(decide(.anonymous, .manageOwnAccount) == .signInRequired)
    }

    @Test(arguments: [Role.providerAdmin, .providerStaff])
    func aProviderManagesOnlyItsOwnListings(role: Role) {
        let provider = Self.member(role, of: Self.providerA)
        #expect(decide(provider, .manageOwnListings) == .allowed)
        #expect(decide(Self.member(.careersLeader, of: Self.school1), .manageOwnListings) == .forbidden)
        #expect(decide(.anonymous, .manageOwnListings) == .signInRequired)
        #expect(decide(provider, .editListing(Self.inHub1)) == .allowed)
        #expect(decide(provider, .viewListing(Self.draftInHub1)) == .allowed)
        // Another provider's draft is not even acknowledged; its published listing is public.
        #expect(decide(provider, .editListing(Self.draftInHub2)) == .hidden)
        #expect(decide(provider, .viewListing(Self.draftInHub2)) == .hidden)
        #expect(
            decide(provider, .editListing(ListingFacts(providerId: Self.providerB, isPublished: true, isVirtual: true, hubId: nil)))
                == .forbidden)
        #expect(decide(provider, .moderateListing(Self.draftInHub1)) == .hidden)
        #expect(decide(provider, .viewModerationQueue) == .forbidden)
    }

    @Test func aHubCoordinatorModeratesInPersonListingsInItsAreaAndSeesItsSchools() {
        let coordinator = Self.member(.hubCoordinator, of: Self.hub1)
        #expect(decide(coordinator, .viewModerationQueue) == .allowed)
        #expect(decide(coordinator, .moderateListing(Self.draftInHub1)) == .allowed)
        #expect(decide(coordinator, .viewListing(Self.draftInHub1)) == .allowed)
        #expect(decide(coordinator, .moderateListing(Self.draftInHub2)) == .hidden)
        #expect(decide(coordinator, .moderateListing(Self.virtualDraft)) == .hidden, "virtual listings are moderated nationally")
        #expect(decide(coordinator, .moderateListing(Self.outsideHubs)) == .hidden)
        #expect(decide(coordinator, .editListing(Self.draftInHub1)) == .hidden)
        #expect(decide(coordinator, .viewOrganisation(OrganisationFacts(id: Self.school1, kind: .school, hubId: Self.hub1))) == .allowed)
        #expect(decide(coordinator, .viewOrganisation(OrganisationFacts(id: Self.school2, kind: .school, hubId: Self.hub2))) == .hidden)
        #expect(decide(coordinator, .viewStudent(Self.pupilRecord)) == .hidden)
        #expect(decide(coordinator, .manageMembers(OrganisationFacts(id: Self.hub1, kind: .careersHub))) == .allowed)
        #expect(decide(coordinator, .manageMembers(OrganisationFacts(id: Self.school1, kind: .school, hubId: Self.hub1))) == .forbidden)
        #expect(decide(coordinator, .rateOpportunity(Self.inHub1)) == .allowed)
    }

    @Test func nationalAdminsSeeEveryListingAndOrganisationButStudentsOnlyInAggregate() {
        let admin = Self.member(.nationalAdmin, of: Self.convenor)
        for listing in [Self.draftInHub1, Self.draftInHub2, Self.virtualDraft, Self.outsideHubs] {
            #expect(decide(admin, .viewListing(listing)) == .allowed)
            #expect(decide(admin, .moderateListing(listing)) == .allowed)
        }
        #expect(decide(admin, .viewOrganisation(OrganisationFacts(id: Self.school2, kind: .school, hubId: Self.hub2))) == .allowed)
        #expect(decide(admin, .viewStudent(Self.pupilRecord)) == .hidden)
        #expect(decide(admin, .viewAggregates) == .allowed)
        #expect(decide(admin, .moderateReviews) == .allowed)
        #expect(decide(admin, .grantBadge(bodyId: nil)) == .allowed)
        #expect(decide(admin, .setProviderTrust) == .allowed)
        #expect(decide(admin, .listOrganisations) == .allowed)
        for role in Role.allCases where role != .nationalAdmin {
            #expect(decide(Self.member(role, of: UUID()), .setProviderTrust) == .forbidden)
            #expect(decide(Self.member(role, of: UUID()), .listOrganisations) == .forbidden)
            #expect(decide(Self.member(role, of: UUID()), .viewAuditLog) == .forbidden)
        }
    }

    @Test func schoolsSeeTheirOwnStudentsOnly() {
        let leader = Self.member(.careersLeader, of: Self.school1, hub: Self.hub1)
        let staff = Self.member(.schoolStaff, of: Self.school1, hub: Self.hub1)
        for requester in [leader, staff] {
            #expect(decide(requester, .viewStudent(Self.pupilRecord)) == .allowed)
            #expect(decide(requester, .viewStudent(Self.otherRecord)) == .hidden)
        }
        let ownSchool = OrganisationFacts(id: Self.school1, kind: .school, hubId: Self.hub1)
        #expect(decide(leader, .manageMembers(ownSchool)) == .allowed)
        #expect(decide(staff, .manageMembers(ownSchool)) == .forbidden)
        #expect(decide(leader, .rateOpportunity(Self.inHub1)) == .allowed)
        #expect(decide(staff, .rateOpportunity(Self.inHub1)) == .forbidden)
        #expect(decide(leader, .rateOpportunity(Self.draftInHub1)) == .hidden)
        #expect(decide(leader, .viewAggregates) == .allowed)
        #expect(decide(staff, .viewAggregates) == .forbidden)
        #expect(decide(leader, .listStudents) == .allowed && decide(staff, .listStudents) == .allowed)
        #expect(decide(leader, .importStudents) == .allowed && decide(staff, .importStudents) == .forbidden)
        // A record imported before the student has an account: the school's staff only.
        let unlinked = StudentFacts(userId: nil, schoolId: Self.school1)
        #expect(decide(leader, .viewStudent(unlinked)) == .allowed && decide(staff, .viewStudent(unlinked)) == .allowed)
        #expect(decide(leader, .recordJourney(Self.pupilRecord)) == .allowed && decide(staff, .recordJourney(Self.pupilRecord)) == .allowed)
        #expect(decide(leader, .recordJourney(Self.otherRecord)) == .hidden)
        #expect(
            decide(staff, .reflectOnJourney(Self.pupilRecord)) == .allowed && decide(leader, .reflectOnJourney(Self.otherRecord)) == .hidden
        )
        for role in [Role.nationalAdmin, .hubCoordinator, .providerAdmin, .providerStaff, .assessor] {
            #expect(decide(Self.member(role, of: Self.school1), .reflectOnJourney(Self.pupilRecord)) == .hidden)
        }
        #expect(decide(leader, .viewSchoolProgress) == .allowed && decide(staff, .viewSchoolProgress) == .forbidden)
        #expect(decide(leader, .setSchoolTarget) == .allowed && decide(staff, .setSchoolTarget) == .forbidden)
        #expect(decide(leader, .viewStudentReadLog) == .allowed && decide(staff, .viewStudentReadLog) == .forbidden)
        #expect(decide(leader, .createStudentAccounts) == .allowed && decide(staff, .createStudentAccounts) == .forbidden)
        #expect(decide(staff, .manageStudentAccess(Self.pupilRecord)) == .allowed)
        #expect(decide(leader, .manageStudentAccess(Self.otherRecord)) == .hidden)
        for role in Role.allCases {
            #expect(decide(Self.member(role, of: Self.hub1), .viewHubProgress) == (role == .hubCoordinator ? .allowed : .forbidden))
        }
    }

    @Test func aStudentSeesOnlyThemselvesAndAParentOnlyTheirLinkedStudents() {
        let student = Self.member(.student, of: Self.school1, user: Self.pupil)
        #expect(decide(student, .viewStudent(Self.pupilRecord)) == .allowed)
        #expect(decide(student, .viewStudent(StudentFacts(userId: UUID(), schoolId: Self.school1))) == .hidden)
        let parent = Self.member(.parent, of: Self.school1, linked: [Self.pupil])
        #expect(decide(parent, .viewStudent(Self.pupilRecord)) == .allowed)
        #expect(decide(parent, .viewStudent(StudentFacts(userId: UUID(), schoolId: Self.school1))) == .hidden)
        #expect(decide(student, .viewAggregates) == .forbidden)
        #expect(decide(parent, .manageOwnAccount) == .allowed)
        let unlinked = StudentFacts(userId: nil, schoolId: Self.school1)
        #expect(decide(student, .viewStudent(unlinked)) == .hidden && decide(parent, .viewStudent(unlinked)) == .hidden)
        // Students and parents see the journey but do not record school experiences in it.
        #expect(
            decide(student, .recordJourney(Self.pupilRecord)) == .forbidden
                && decide(parent, .recordJourney(Self.pupilRecord)) == .forbidden)
        #expect(decide(student, .viewSchoolProgress) == .forbidden)
        // A student writes their own goals and reflections; a parent reads them; nobody else's.
        #expect(decide(student, .reflectOnJourney(Self.pupilRecord)) == .allowed)
        #expect(decide(student, .reflectOnJourney(StudentFacts(userId: UUID(), schoolId: Self.school1))) == .hidden)
        #expect(decide(parent, .reflectOnJourney(Self.pupilRecord)) == .forbidden)
        #expect(decide(parent, .reflectOnJourney(StudentFacts(userId: UUID(), schoolId: Self.school1))) == .hidden)
        #expect(decide(student, .manageStudentAccess(Self.pupilRecord)) == .forbidden)
        #expect(decide(parent, .manageStudentAccess(Self.pupilRecord)) == .forbidden)
        // Lists and imports of students are for the school's staff: no one else.
        for role in Role.allCases where ![.careersLeader, .schoolStaff].contains(role) {
            #expect(decide(Self.member(role, of: Self.school1), .listStudents) == .forbidden)
            #expect(decide(Self.member(role, of: Self.school1), .importStudents) == .forbidden)
        }
    }

    @Test func assessorsManageOnlyTheirOwnBodysBadges() {
        let assessor = Self.member(.assessor, of: Self.body1)
        #expect(decide(assessor, .grantBadge(bodyId: Self.body1)) == .allowed)
        #expect(decide(assessor, .grantBadge(bodyId: Self.body2)) == .forbidden)
        #expect(decide(assessor, .revokeBadge(grantedByBodyId: Self.body1)) == .allowed)
        #expect(decide(assessor, .revokeBadge(grantedByBodyId: Self.body2)) == .forbidden)
        #expect(decide(assessor, .revokeBadge(grantedByBodyId: nil)) == .forbidden)
        #expect(decide(assessor, .moderateReviews) == .forbidden)
    }

    /// Student-level data, for every role and every relation between requester and student:
    /// only the student, their linked parents and their own school's leader and staff.
    @Test(arguments: Role.allCases)
    func studentRecordsReachOnlyTheirOwnPeople(role: Role) {
        for organisation in [Self.school1, Self.school2, Self.providerA, Self.hub1, Self.body1, Self.convenor] {
            for user in [Self.pupil, UUID()] {
                for linked in [Set<UUID>(), [Self.pupil]] {
                    let requester = Self.member(role, of: organisation, linked: linked, user: user)
                    let allowed = decide(requester, .viewStudent(Self.pupilRecord)) == .allowed
                    let expected =
                        switch role {
                        case .student: user == Self.pupil && organisation == Self.school1
                        case .parent: linked.contains(Self.pupil)
                        case .careersLeader, .schoolStaff: organisation == Self.school1
                        default: false
                        }
                    #expect(allowed == expected, "\(role) of \(organisation) as \(user), linked \(linked)")
                }
            }
        }
    }
}
