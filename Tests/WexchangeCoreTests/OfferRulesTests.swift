import Foundation
import Testing
import WexchangeCore

/// Answering offers, who must consent, and the parent's e-consent form.
@Suite struct OfferRulesTests {
    let deadline = CalendarDate(iso: "2027-03-12")!

    func answer(
        _ answer: OfferRules.Answer, _ state: OfferState, today: String = "2027-03-12", consent: Bool = true
    )
        -> Result<OfferState, OfferRefusal>
    {
        OfferRules.answer(answer, state: state, deadline: deadline, today: CalendarDate(iso: today)!, needsConsent: consent)
    }

    @Test func acceptingWaitsForConsentUnder18AndConfirmsAt18() {
        #expect(answer(.accept, .offered) == .success(.accepted))
        #expect(answer(.accept, .offered, consent: false) == .success(.confirmed))
        #expect(answer(.decline, .offered) == .success(.declined))
        // A student may still say no while the parent has not answered.
        #expect(answer(.decline, .accepted) == .success(.declined))
    }

    @Test func answersAfterTheDeadlineOrTwiceAreRefusedInPlainWords() {
        #expect(
            answer(.accept, .offered, today: "2027-03-13")
                == .failure(OfferRefusal("The deadline to answer this offer was 12 March 2027: its place has gone back")))
        #expect(answer(.decline, .offered, today: "2027-03-13") != .success(.declined))
        #expect(answer(.accept, .accepted) == .failure(OfferRefusal("This offer is already accepted")))
        #expect(answer(.accept, .confirmed) == .failure(OfferRefusal("This offer is already accepted")))
        guard case .failure(let refusal) = answer(.decline, .confirmed) else { Issue.record("a confirmed placement was declined"); return }
        #expect(refusal.message.contains("careers leader"))
        for state in [OfferState.pending, .declined, .lapsed] {
            for given in OfferRules.Answer.allCases {
                guard case .failure = answer(given, state) else { Issue.record("\(given) on \(state) was taken"); continue }
            }
        }
    }

    @Test func onlyUnansweredOffersLapseAndOnlyAfterTheirDay() {
        #expect(!OfferRules.hasLapsed(state: .offered, deadline: deadline, today: deadline))
        #expect(OfferRules.hasLapsed(state: .offered, deadline: deadline, today: deadline.adding(days: 1)))
        for state in OfferState.allCases where state != .offered {
            #expect(!OfferRules.hasLapsed(state: state, deadline: deadline, today: deadline.adding(days: 30)))
        }
    }

    @Test func consentIsDueAWeekAfterTheAnswerAndBeforeTheFirstDay() {
        // 12 March + 7 days, when the placement starts long after.
        #expect(
            OfferRules.consentDeadline(answerBy: deadline, firstDay: CalendarDate(iso: "2027-07-05")) == CalendarDate(iso: "2027-03-19"))
        // The day before a placement that starts sooner.
        #expect(
            OfferRules.consentDeadline(answerBy: deadline, firstDay: CalendarDate(iso: "2027-03-15")) == CalendarDate(iso: "2027-03-14"))
        #expect(OfferRules.consentDeadline(answerBy: deadline, firstDay: nil) == CalendarDate(iso: "2027-03-19"))
        let consentBy = CalendarDate(iso: "2027-03-19")!
        #expect(!OfferRules.hasConsentLapsed(state: .accepted, consentBy: consentBy, today: consentBy))
        #expect(OfferRules.hasConsentLapsed(state: .accepted, consentBy: consentBy, today: consentBy.adding(days: 1)))
        for state in OfferState.allCases where state != .accepted {
            #expect(!OfferRules.hasConsentLapsed(state: state, consentBy: consentBy, today: consentBy.adding(days: 30)))
        }
    }

    @Test func consentIsNeededUntilTheDayBeforeTheEighteenthBirthday() {
        let birth = CalendarDate(iso: "2009-07-06")!
        #expect(OfferRules.needsConsent(bornOn: birth, firstDay: CalendarDate(iso: "2027-07-05")!))
        #expect(!OfferRules.needsConsent(bornOn: birth, firstDay: CalendarDate(iso: "2027-07-06")!))
        // Born on 29 February: 18 on 1 March in a year without one.
        let leap = CalendarDate(iso: "2008-02-29")!
        #expect(OfferRules.needsConsent(bornOn: leap, firstDay: CalendarDate(iso: "2026-02-28")!))
        #expect(!OfferRules.needsConsent(bornOn: leap, firstDay: CalendarDate(iso: "2026-03-01")!))
    }

    static let good = ConsentInput(
        decision: "give", emergencyName: "Sam  Okafor", emergencyPhone: "07700 900 982", relationship: "Mother",
        medicalNotes: "  Asthma: inhaler in bag  ", signedName: "Sam Okafor", declaration: "yes")

    @Test func consentGivenKeepsTheContactAndNotesTidied() throws {
        let consent = try ConsentRules.check(Self.good).get()
        #expect(
            consent
                == .given(
                    EmergencyContact(name: "Sam Okafor", phone: "07700 900 982", relationship: "Mother"),
                    medicalNotes: "Asthma: inhaler in bag", signedName: "Sam Okafor"))
        var refusal = ConsentInput(decision: "refuse", signedName: "Sam Okafor")
        #expect(try ConsentRules.check(refusal).get() == .refused(signedName: "Sam Okafor"))
        refusal.signedName = "   "
        #expect(fields(refusal) == ["signed_name"])
    }

    @Test func everyMissingOrBadFieldIsNamedAtOnce() throws {
        #expect(fields(ConsentInput()) == ["decision", "signed_name"])
        #expect(fields(ConsentInput(decision: "maybe", signedName: "A")) == ["decision"])
        #expect(
            fields(ConsentInput(decision: "give"))
                == ["signed_name", "emergency_name", "emergency_phone", "relationship", "declaration"])
        var input = Self.good
        input.emergencyPhone = "call me"
        input.medicalNotes = String(repeating: "x", count: ConsentRules.notesLimit + 1)
        input.emergencyName = String(repeating: "n", count: ConsentRules.nameLimit + 1)
        input.declaration = "no"
        #expect(fields(input) == ["emergency_name", "emergency_phone", "medical_notes", "declaration"])
        input = Self.good
        input.signedName = "Sam\nOkafor"
        #expect(try ConsentRules.check(input).get().signedName == "Sam Okafor")
    }

    @Test(arguments: [
        ("07700 900982", true), ("01632 960 001", true), ("+44 808 157 0192", true), ("(01632) 960-001", true),
        ("+447700900982", true), ("0770090098", false), ("077009009821", false), ("7700 900982", false), ("+1 212 555 0100", false),
        ("0800+123456", false), ("07700 9OO 982", false), ("", false),
    ])
    func telephoneNumbers(number: String, valid: Bool) {
        #expect(ConsentRules.isUKPhone(number) == valid)
    }

    func fields(_ input: ConsentInput) -> [String] {
        guard case .failure(let failure) = ConsentRules.check(input) else { return [] }
        return failure.errors.map(\.field)
    }
}

/// When a provider may call off a placement, and what a cancelled one answers.
@Suite struct CancellationRulesTests {
    let today = CalendarDate(iso: "2027-03-01")!

    @Test func onlyAConfirmedPlacementNotYetOverIsCancelled() {
        #expect(OfferRules.cancellation(state: .confirmed, lastDay: CalendarDate(iso: "2027-07-09"), today: today) == nil)
        #expect(OfferRules.cancellation(state: .confirmed, lastDay: nil, today: today) == nil)
        #expect(OfferRules.cancellation(state: .confirmed, lastDay: today, today: today) == nil, "its last day still counts")
        #expect(
            OfferRules.cancellation(state: .confirmed, lastDay: CalendarDate(iso: "2027-02-28"), today: today)
                == OfferRefusal("This placement has already ended"))
        #expect(
            OfferRules.cancellation(state: .cancelled, lastDay: nil, today: today) == OfferRefusal("This placement is already cancelled"))
        for state in [OfferState.pending, .offered, .accepted, .declined, .lapsed] {
            #expect(
                OfferRules.cancellation(state: state, lastDay: nil, today: today)
                    == OfferRefusal("Only a confirmed placement can be cancelled"))
        }
    }

    @Test func aCancelledPlacementTakesNoAnswerAndHoldsNoPlace() {
        #expect(!OfferState.cancelled.holdsPlace)
        for answer in OfferRules.Answer.allCases {
            let result = OfferRules.answer(answer, state: .cancelled, deadline: today, today: today, needsConsent: true)
            #expect(
                result
                    == .failure(
                        OfferRefusal("The provider cancelled this placement: your school's careers leader can help you find another")))
        }
    }
}

/// The week-before reminder of a confirmed placement.
@Suite struct ReminderRulesTests {
    @Test func dueWithinTheComingWeekNotOnTheDay() {
        let start = CalendarDate(iso: "2027-07-05")!
        #expect(!OfferRules.isDueReminder(firstDay: start, today: start.adding(days: -8)))
        #expect(OfferRules.isDueReminder(firstDay: start, today: start.adding(days: -7)))
        #expect(OfferRules.isDueReminder(firstDay: start, today: start.adding(days: -1)))
        #expect(!OfferRules.isDueReminder(firstDay: start, today: start))
    }
}
