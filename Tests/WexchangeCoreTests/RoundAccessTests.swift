import Foundation
import Testing
import WexchangeCore

/// Who may create, manage, see, pledge to and rank in allocation rounds.
@Suite struct RoundAccessTests {
    typealias P = AccessPolicyTests
    static let schoolRound = RoundFacts(scope: .school, organisationId: P.school1, state: .preferencesOpen)
    static let draftSchoolRound = RoundFacts(scope: .school, organisationId: P.school1, state: .draft)
    static let hubRound = RoundFacts(scope: .hub, organisationId: P.hub1, state: .preferencesOpen)
    static let nationalPool = RoundFacts(scope: .national, organisationId: nil, state: .draft)

    func decide(_ requester: Requester, _ action: AccessAction) -> AccessDecision { AccessPolicy.decide(requester, action) }

    @Test func eachScopeIsCreatedAndManagedByItsOwnRunners() {
        let leader = P.member(.careersLeader, of: P.school1, hub: P.hub1)
        let coordinator = P.member(.hubCoordinator, of: P.hub1)
        let admin = P.member(.nationalAdmin, of: P.convenor)
        #expect(decide(leader, .createRound(.school)) == .allowed)
        #expect(decide(leader, .createRound(.hub)) == .forbidden)
        #expect(decide(coordinator, .createRound(.hub)) == .allowed)
        #expect(decide(coordinator, .createRound(.school)) == .forbidden)
        #expect(decide(admin, .createRound(.national)) == .allowed)
        #expect(decide(admin, .createRound(.school)) == .forbidden)
        #expect(decide(.anonymous, .createRound(.school)) == .signInRequired)
        for role in Role.allCases where ![.careersLeader, .hubCoordinator, .nationalAdmin].contains(role) {
            for scope in RoundScope.allCases { #expect(decide(P.member(role, of: P.school1), .createRound(scope)) == .forbidden) }
        }
        #expect(decide(leader, .manageRound(Self.schoolRound)) == .allowed)
        #expect(decide(coordinator, .manageRound(Self.hubRound)) == .allowed)
        #expect(decide(admin, .manageRound(Self.nationalPool)) == .allowed)
        // Another school's leader sees an open round but may not manage it; a draft one is hidden.
        let otherLeader = P.member(.careersLeader, of: P.school2, hub: P.hub2)
        #expect(decide(otherLeader, .manageRound(Self.schoolRound)) == .forbidden)
        #expect(decide(otherLeader, .manageRound(Self.draftSchoolRound)) == .hidden)
        #expect(decide(P.member(.hubCoordinator, of: P.hub2), .manageRound(Self.hubRound)) == .forbidden)
        #expect(decide(P.member(.schoolStaff, of: P.school1), .manageRound(Self.schoolRound)) == .forbidden)
    }

    @Test func draftRoundsAreSeenByTheirManagersAndProvidersOnly() {
        #expect(decide(P.member(.careersLeader, of: P.school1), .viewRound(Self.draftSchoolRound)) == .allowed)
        #expect(decide(P.member(.providerStaff, of: P.providerA), .viewRound(Self.draftSchoolRound)) == .allowed)
        #expect(decide(P.member(.student, of: P.school1), .viewRound(Self.draftSchoolRound)) == .hidden)
        #expect(decide(P.member(.student, of: P.school1), .viewRound(Self.schoolRound)) == .allowed)
        #expect(decide(.anonymous, .viewRound(Self.schoolRound)) == .signInRequired)
    }

    @Test func onlyTheListingsProviderPledgesItsPlaces() {
        #expect(decide(P.member(.providerAdmin, of: P.providerA), .pledgeToRound(Self.schoolRound, P.inHub1)) == .allowed)
        #expect(decide(P.member(.providerStaff, of: P.providerA), .pledgeToRound(Self.nationalPool, P.inHub1)) == .allowed)
        #expect(decide(P.member(.providerAdmin, of: P.providerB), .pledgeToRound(Self.schoolRound, P.inHub1)) == .forbidden)
        #expect(decide(P.member(.careersLeader, of: P.school1), .pledgeToRound(Self.schoolRound, P.inHub1)) == .forbidden)
        #expect(decide(P.member(.student, of: P.school1), .pledgeToRound(Self.draftSchoolRound, P.inHub1)) == .hidden)
        #expect(decide(.providerFeed(providerId: P.providerA), .pledgeToRound(Self.schoolRound, P.inHub1)) == .forbidden)
    }

    @Test func aStudentOrTheirSchoolsStaffRankForThem() {
        let own = P.member(.student, of: P.school1, user: P.pupil)
        #expect(decide(own, .rankInRound(Self.schoolRound, P.pupilRecord, inScope: true)) == .allowed)
        #expect(decide(own, .rankInRound(Self.schoolRound, P.pupilRecord, inScope: false)) == .forbidden)
        #expect(decide(own, .rankInRound(Self.draftSchoolRound, P.pupilRecord, inScope: true)) == .forbidden)
        #expect(decide(P.member(.student, of: P.school1), .rankInRound(Self.schoolRound, P.pupilRecord, inScope: true)) == .hidden)
        #expect(decide(P.member(.schoolStaff, of: P.school1), .rankInRound(Self.schoolRound, P.pupilRecord, inScope: true)) == .allowed)
        #expect(decide(P.member(.careersLeader, of: P.school2), .rankInRound(Self.schoolRound, P.pupilRecord, inScope: true)) == .hidden)
        // A parent sees their child's record but the choices are the student's to make.
        let parent = P.member(.parent, of: P.school1, linked: [P.pupil])
        #expect(decide(parent, .rankInRound(Self.schoolRound, P.pupilRecord, inScope: true)) == .forbidden)
        for role in [Role.providerAdmin, .hubCoordinator, .nationalAdmin, .assessor] {
            #expect(decide(P.member(role, of: P.hub1), .rankInRound(Self.hubRound, P.pupilRecord, inScope: true)) == .hidden)
        }
    }
}

/// Who reads, answers and consents to an offer; providers see placements only through their own page.
@Suite struct OfferAccessTests {
    typealias P = AccessPolicyTests
    func decide(_ requester: Requester, _ action: AccessAction) -> AccessDecision { AccessPolicy.decide(requester, action) }
    static func offer(_ state: OfferState) -> OfferFacts { OfferFacts(student: P.pupilRecord, providerId: P.providerA, state: state) }

    @Test func theStudentAnswersTheParentConsentsTheSchoolHelps() {
        let student = P.member(.student, of: P.school1, user: P.pupil)
        let parent = P.member(.parent, of: P.school1, linked: [P.pupil])
        let staff = P.member(.schoolStaff, of: P.school1)
        let offered = Self.offer(.offered)
        for who in [student, parent, staff] { #expect(decide(who, .viewOffer(offered)) == .allowed) }
        #expect(decide(student, .answerOffer(offered)) == .allowed)
        #expect(decide(staff, .answerOffer(offered)) == .allowed)
        #expect(decide(parent, .answerOffer(offered)) == .forbidden)
        #expect(decide(parent, .consentToOffer(Self.offer(.accepted))) == .allowed)
        #expect(decide(student, .consentToOffer(Self.offer(.accepted))) == .forbidden)
        #expect(decide(staff, .consentToOffer(Self.offer(.accepted))) == .forbidden)
        #expect(decide(student, .listOwnOffers) == .allowed && decide(parent, .listOwnOffers) == .allowed)
        #expect(decide(staff, .listOwnOffers) == .forbidden)
    }

    @Test func nobodyElseLearnsTheOfferExists() {
        let offered = Self.offer(.offered)
        let strangers = [
            P.member(.student, of: P.school1), P.member(.parent, of: P.school1, linked: [P.otherPupil]),
            P.member(.careersLeader, of: P.school2), P.member(.providerAdmin, of: P.providerA), P.member(.hubCoordinator, of: P.hub1),
            P.member(.nationalAdmin, of: P.convenor),
        ]
        for who in strangers {
            for action in [AccessAction.viewOffer(offered), .answerOffer(offered), .consentToOffer(offered)] {
                #expect(decide(who, action) == .hidden, "\(who) \(action)")
            }
        }
        // Before the round is published the student's own offer is hidden too.
        #expect(decide(P.member(.student, of: P.school1, user: P.pupil), .viewOffer(Self.offer(.pending))) == .hidden)
        #expect(decide(.anonymous, .viewOffer(offered)) == .signInRequired)
        #expect(decide(.providerFeed(providerId: P.providerA), .listPlacements) == .forbidden)
        #expect(decide(P.member(.providerStaff, of: P.providerA), .listPlacements) == .allowed)
        #expect(decide(P.member(.careersLeader, of: P.school1), .listPlacements) == .forbidden)
    }
}
