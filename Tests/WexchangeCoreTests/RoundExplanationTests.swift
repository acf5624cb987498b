import Foundation
import Testing
import WexchangeCore
import WexchangeMatching

/// The result in a student's words, from what the engine decided.
@Suite struct RoundExplanationTests {
    let hospital = UUID(), garage = UUID(), studio = UUID()

    @Test func theEnginesDecisionKeepsOnlyWhatTheStudentMayRead() {
        let outcome = RoundOutcome(
            placement: .phase1(opportunity: 2, rank: 4),
            notGiven: [
                .init(rank: 1, opportunity: 0, reason: .full(cutoff: [0, 1, 77], yours: [0, 1, 91])),
                .init(rank: 2, opportunity: 1, reason: .full(cutoff: [0, 0, 12], yours: [1, 0, 3])),
                .init(rank: 3, opportunity: 1, reason: .notEligible(.tooFar(km: 46.24, limitKm: 40))),
            ], opportunityIds: [hospital, garage, studio])
        #expect(outcome.kind == .choice && outcome.rank == 4)
        #expect(
            outcome.notGiven == [
                .init(rank: 1, opportunity: hospital, reason: .full(sameGroup: true)),
                .init(rank: 2, opportunity: garage, reason: .full(sameGroup: false)),
                .init(rank: 3, opportunity: garage, reason: .tooFar(km: 46.24, limitKm: 40)),
            ])
        let stored = try! JSONDecoder().decode(RoundOutcome.self, from: JSONEncoder().encode(outcome))
        #expect(stored == outcome)
    }

    @Test func sentencesSayWhyInPlainWords() {
        let full = RoundExplanation.sentence(
            .init(rank: 1, opportunity: hospital, reason: .full(sameGroup: false)), title: "Hospital visit at Freeman Hospital", places: 6,
            criteria: [.disadvantaged, .send])
        #expect(
            full
                == "Your 1st choice, Hospital visit at Freeman Hospital, was full: all 6 places went to students with higher priority in this round (for this opportunity, priority goes first to students eligible for free school meals, the pupil premium or in care, then students with special educational needs or disabilities; students with the same priority are ordered by the round's lottery)."
        )
        let lottery = RoundExplanation.sentence(
            .init(rank: 2, opportunity: hospital, reason: .full(sameGroup: true)), title: "Studio day", places: 1, criteria: [])
        #expect(
            lottery
                == "Your 2nd choice, Studio day, was full: its only place went to students with higher priority, or with the same priority as you and drawn ahead of you in the round's lottery (for this opportunity, places go in the order of the round's lottery)."
        )
        #expect(
            RoundExplanation.sentence(
                .init(rank: 3, opportunity: garage, reason: .tooFar(km: 46.04, limitKm: 40)), title: "Garage", places: 2, criteria: [])
                == "Your 3rd choice, Garage, is 46 km away, beyond the 40 km you can travel.")
        #expect(
            RoundExplanation.sentence(
                .init(rank: 4, opportunity: garage, reason: .tooFar(km: 12.46, limitKm: 12.5)), title: "Garage", places: 2, criteria: [])
                == "Your 4th choice, Garage, is 12.5 km away, beyond the 12.5 km you can travel.")
        #expect(
            RoundExplanation.sentence(
                .init(rank: 11, opportunity: garage, reason: .yearNotAccepted(year: 9, accepted: [10, 11, 12])), title: "Garage", places: 2,
                criteria: [])
                == "Your 11th choice, Garage, is not open to Year 9: it takes Years 10, 11 and 12.")
        #expect(
            RoundExplanation.sentence(.init(rank: 1, opportunity: garage, reason: .noPlaces), title: "Garage", places: 0, criteria: [])
                == "Your 1st choice, Garage, had no places in this round.")
    }

    @Test func headlinesForEachOutcome() {
        #expect(
            RoundExplanation.headline(RoundOutcome(kind: .choice, rank: 1, notGiven: []), placedAt: "Garage")
                == "You have a place at your 1st choice: Garage.")
        #expect(
            RoundExplanation.headline(RoundOutcome(kind: .choice, rank: 3, notGiven: []), placedAt: "Garage")
                == "You have a place at your 3rd choice: Garage.")
        #expect(
            RoundExplanation.headline(RoundOutcome(kind: .clearing, rank: nil, notGiven: []), placedAt: "Garage").hasSuffix(
                "suits you: Garage."))
        #expect(
            RoundExplanation.headline(RoundOutcome(kind: .unplaced, rank: nil, notGiven: []), placedAt: nil).hasPrefix(
                "You have not been given a place"))
    }
}
