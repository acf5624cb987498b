import Foundation
import Testing
import WexchangeCore

/// Who may ask for a place, answer a request and take it back.
@Suite struct RequestAccessTests {
    typealias P = AccessPolicyTests
    static let request = RequestFacts(student: P.pupilRecord, providerId: P.providerA, state: .requested)

    func decide(_ requester: Requester, _ action: AccessAction) -> AccessDecision { AccessPolicy.decide(requester, action) }

    @Test func theStudentOrTheirSchoolsStaffAsk() {
        let own = P.member(.student, of: P.school1, user: P.pupil)
        #expect(decide(own, .requestPlace(P.pupilRecord)) == .allowed)
        #expect(decide(P.member(.student, of: P.school1), .requestPlace(P.pupilRecord)) == .hidden, "another student")
        #expect(decide(P.member(.careersLeader, of: P.school1), .requestPlace(P.pupilRecord)) == .allowed)
        #expect(decide(P.member(.schoolStaff, of: P.school1), .requestPlace(P.pupilRecord)) == .allowed)
        #expect(decide(P.member(.careersLeader, of: P.school2), .requestPlace(P.pupilRecord)) == .hidden, "another school")
        #expect(decide(P.member(.parent, of: P.school1, linked: [P.pupil]), .requestPlace(P.pupilRecord)) == .forbidden)
        for role in [Role.providerAdmin, .providerStaff, .hubCoordinator, .nationalAdmin, .assessor] {
            #expect(decide(P.member(role, of: P.providerA), .requestPlace(P.pupilRecord)) == .hidden, "\(role)")
        }
        #expect(decide(.anonymous, .requestPlace(P.pupilRecord)) == .signInRequired)
    }

    @Test func onlyTheProviderAskedAnswers() {
        #expect(decide(P.member(.providerAdmin, of: P.providerA), .answerRequest(Self.request)) == .allowed)
        #expect(decide(P.member(.providerStaff, of: P.providerA), .answerRequest(Self.request)) == .allowed)
        #expect(decide(P.member(.providerAdmin, of: P.providerB), .answerRequest(Self.request)) == .hidden)
        #expect(decide(P.member(.careersLeader, of: P.school1), .answerRequest(Self.request)) == .forbidden)
        #expect(decide(P.member(.student, of: P.school1, user: P.pupil), .answerRequest(Self.request)) == .forbidden)
        #expect(decide(P.member(.nationalAdmin, of: P.convenor), .answerRequest(Self.request)) == .hidden)
    }

    @Test func theStudentOrStaffTakeItBack() {
        #expect(decide(P.member(.student, of: P.school1, user: P.pupil), .withdrawRequest(Self.request)) == .allowed)
        #expect(decide(P.member(.schoolStaff, of: P.school1), .withdrawRequest(Self.request)) == .allowed)
        #expect(decide(P.member(.parent, of: P.school1, linked: [P.pupil]), .withdrawRequest(Self.request)) == .forbidden)
        #expect(decide(P.member(.providerAdmin, of: P.providerA), .withdrawRequest(Self.request)) == .forbidden)
        #expect(decide(P.member(.providerAdmin, of: P.providerB), .withdrawRequest(Self.request)) == .hidden)
        #expect(decide(P.member(.careersLeader, of: P.school2), .withdrawRequest(Self.request)) == .hidden)
    }

    @Test func listsAreForThoseWhoAskOrAnswer() {
        for role in Role.allCases {
            let allowed: Set<Role> = [.student, .careersLeader, .schoolStaff, .providerAdmin, .providerStaff]
            #expect(decide(P.member(role, of: P.school1), .listRequests) == (allowed.contains(role) ? .allowed : .forbidden), "\(role)")
        }
    }

    @Test func onlyTheHostingProviderCancelsAPlacement() {
        let placement = OfferFacts(student: P.pupilRecord, providerId: P.providerA, state: .confirmed)
        #expect(decide(P.member(.providerAdmin, of: P.providerA), .cancelPlacement(placement)) == .allowed)
        #expect(decide(P.member(.providerStaff, of: P.providerA), .cancelPlacement(placement)) == .allowed)
        #expect(decide(P.member(.providerAdmin, of: P.providerB), .cancelPlacement(placement)) == .hidden)
        #expect(decide(P.member(.careersLeader, of: P.school1), .cancelPlacement(placement)) == .forbidden)
        #expect(decide(P.member(.parent, of: P.school1, linked: [P.pupil]), .cancelPlacement(placement)) == .forbidden)
        #expect(decide(P.member(.hubCoordinator, of: P.hub1), .cancelPlacement(placement)) == .hidden)
    }
}
