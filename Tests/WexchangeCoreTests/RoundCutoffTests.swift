import Testing
import WexchangeCore
import WexchangeMatching

/// Each opportunity's cutoff as the round's page publishes it: the priority group its places
/// reached, never a student.
@Suite struct RoundCutoffTests {
    let order: [String] = ["disadvantaged", "send", "no_prior"]

    @Test func theGroupReachedIsTheCriteriaTheLastPlacedMetUpToTheFirstTheyDidNot() throws {
        // The last student placed was disadvantaged, without SEND, with no work experience yet:
        // every student placed was disadvantaged; past that, the lottery and the rest decided.
        let cutoff = try #require(RoundCutoff(status: "full", criteria: order, cutoff: [0, 1, 0, 4242], placesLeft: nil))
        #expect(cutoff == .full(criteria: [.disadvantaged, .send, .noPrior], met: [true, false, true]))
        #expect(
            cutoff.sentence
                == "Full: every place went to students who are disadvantaged (free school meals, the pupil premium or in care); among them, by the round's lottery"
        )
        let two = try #require(RoundCutoff(status: "full", criteria: order, cutoff: [0, 0, 1, 7], placesLeft: nil))
        #expect(
            two.sentence.contains(
                "who are disadvantaged (free school meals, the pupil premium or in care) and have special educational needs"))
    }

    @Test func aCutoffOutsideTheFirstGroupOrWithoutPriorityIsTheLottery() throws {
        let outside = try #require(RoundCutoff(status: "full", criteria: order, cutoff: [1, 0, 0, 3], placesLeft: nil))
        #expect(outside.sentence == "Full: places reached students outside the first priority group, by the round's lottery")
        let lottery = try #require(RoundCutoff(status: "full", criteria: [], cutoff: [3], placesLeft: nil))
        #expect(lottery.sentence == "Full: places went by the round's lottery")
    }

    @Test func placesLeftAndNoPlaces() throws {
        #expect(RoundCutoff(status: "not_full", criteria: nil, cutoff: nil, placesLeft: 1)?.sentence == "1 place left after choices")
        #expect(RoundCutoff(status: "not_full", criteria: nil, cutoff: nil, placesLeft: 4)?.sentence == "4 places left after choices")
        #expect(RoundCutoff(status: "no_places", criteria: nil, cutoff: nil, placesLeft: nil)?.sentence == "No places")
    }

    @Test func whatItDoesNotRecogniseIsNil() {
        #expect(RoundCutoff(status: "full", criteria: ["disadvantaged", "wealth"], cutoff: [0, 0, 1], placesLeft: nil) == nil)
        #expect(RoundCutoff(status: "full", criteria: order, cutoff: [0, 1], placesLeft: nil) == nil)
        #expect(RoundCutoff(status: "not_full", criteria: nil, cutoff: nil, placesLeft: nil) == nil)
        #expect(RoundCutoff(status: "closed", criteria: nil, cutoff: nil, placesLeft: nil) == nil)
    }
}
