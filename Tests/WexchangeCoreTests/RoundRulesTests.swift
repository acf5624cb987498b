import Foundation
import Testing
import WexchangeCore
import WexchangeGeo
import WexchangeMatching

@Suite struct RoundRulesTests {
    static let today = CalendarDate(iso: "2027-01-10")!
    static let good = RoundInput(
        name: "  Year 10 summer placements ", priority: ["send", "disadvantaged"], preferenceLimit: 5,
        preferencesOpen: "2027-01-10", preferencesClose: "2027-01-24", offerDeadline: "2027-02-01")

    @Test func goodSettingsAreReadWithTheirOrder() throws {
        let settings = try RoundSettings.validate(Self.good, today: Self.today)
        #expect(settings.name == "Year 10 summer placements")
        #expect(settings.priority == [.send, .disadvantaged])
        #expect(settings.preferenceLimit == 5)
        #expect(settings.preferencesAreOpen(on: Self.today) && settings.preferencesAreOpen(on: CalendarDate(iso: "2027-01-24")!))
        #expect(!settings.preferencesAreOpen(on: CalendarDate(iso: "2027-01-25")!))
        let defaults = try RoundSettings.validate(
            RoundInput(name: "R", preferencesOpen: "2027-02-01", preferencesClose: "2027-02-01", offerDeadline: "2027-02-02"),
            today: Self.today)
        #expect(defaults.priority == [.disadvantaged, .send, .noPrior] && defaults.preferenceLimit == 10)
        // An empty order is allowed: the lottery alone decides.
        var lotteryOnly = Self.good
        lotteryOnly.priority = []
        #expect(try RoundSettings.validate(lotteryOnly, today: Self.today).priority.isEmpty)
    }

    /// Every problem is reported at once, by the field as the API spells it, in plain words.
    @Test(arguments: [
        (RoundInput(), ["name", "preferences_open", "preferences_close", "offer_deadline"]),
        (
            RoundInput(
                name: String(repeating: "x", count: 121), preferencesOpen: "2027-01-10", preferencesClose: "2027-01-11",
                offerDeadline: "2027-01-12"), ["name"]
        ),
        (
            RoundInput(
                name: "R", priority: ["disadvantaged", "richest"], preferencesOpen: "2027-01-10", preferencesClose: "2027-01-11",
                offerDeadline: "2027-01-12"), ["priority"]
        ),
        (
            RoundInput(
                name: "R", priority: ["send", "send"], preferencesOpen: "2027-01-10", preferencesClose: "2027-01-11",
                offerDeadline: "2027-01-12"), ["priority"]
        ),
        (
            RoundInput(
                name: "R", preferenceLimit: 0, preferencesOpen: "2027-01-10", preferencesClose: "2027-01-11", offerDeadline: "2027-01-12"),
            ["preference_limit"]
        ),
        (
            RoundInput(
                name: "R", preferenceLimit: 11, preferencesOpen: "2027-01-10", preferencesClose: "2027-01-11", offerDeadline: "2027-01-12"),
            ["preference_limit"]
        ),
        (
            RoundInput(name: "R", preferencesOpen: "2027-01-09", preferencesClose: "2027-01-11", offerDeadline: "2027-01-12"),
            ["preferences_open"]
        ),
        (
            RoundInput(name: "R", preferencesOpen: "2027-02-30", preferencesClose: "next week", offerDeadline: "2027-01-12"),
            ["preferences_open", "preferences_close"]
        ),
        (
            RoundInput(name: "R", preferencesOpen: "2027-01-12", preferencesClose: "2027-01-11", offerDeadline: "2027-01-13"),
            ["preferences_close"]
        ),
        (
            RoundInput(name: "R", preferencesOpen: "2027-01-10", preferencesClose: "2027-01-11", offerDeadline: "2027-01-11"),
            ["offer_deadline"]
        ),
    ])
    func badSettingsNameEveryField(_ input: RoundInput, _ fields: [String]) {
        #expect(throws: ValidationFailure.self) { try RoundSettings.validate(input, today: Self.today) }
        do {
            _ = try RoundSettings.validate(input, today: Self.today)
        } catch {
            #expect(error.errors.map(\.field) == fields)
            for problem in error.errors {
                #expect(problem.message.first?.isUppercase == true || problem.message.first == "“")
                let fieldIDs = ["preference_limit", "preferences_open", "preferences_close", "offer_deadline"]
                #expect(!fieldIDs.contains { problem.message.contains($0) }, "plain words, not field ids: \(problem.message)")
            }
        }
    }

    @Test func localFirstIsOnlyForHubRounds() throws {
        var local = Self.good
        local.priority = ["local", "disadvantaged"]
        #expect(try RoundSettings.validate(local, scope: .hub, today: Self.today).priority == [.local, .disadvantaged])
        for (scope, words) in [
            (RoundScope.school, "every student of a school round is local"), (.national, "the national pool's places are online"),
        ] {
            do {
                _ = try RoundSettings.validate(local, scope: scope, today: Self.today)
                Issue.record("\(scope) round took local first")
            } catch {
                #expect(error.errors.map(\.field) == ["priority"])
                #expect(error.errors.first?.message.hasSuffix(words) == true, "\(error.errors)")
            }
        }
    }

    @Test func priorityOrdersRoundTripThroughStorage() {
        for order in [[], PriorityCriterion.defaultOrder, [.local, .send, .disadvantaged, .noPrior]] as [[PriorityCriterion]] {
            #expect(PriorityOrder.stored(PriorityOrder.text(order)) == order)
        }
    }

    /// The lottery gives each student a distinct number from 1 to n, depends only on the seed
    /// and the set of students (not the order they were read in), and changes with the seed.
    @Test func theLotteryIsAPermutationFixedBySeedAndStudents() {
        let students = (0..<500).map { "student-\($0)" }
        let numbers = RoundLottery.numbers(seed: 42, students: students)
        #expect(Set(numbers.values) == Set((1...500).map(Int64.init)))
        #expect(RoundLottery.numbers(seed: 42, students: students.reversed()) == numbers)
        #expect(RoundLottery.numbers(seed: 43, students: students) != numbers)
        #expect(RoundLottery.numbers(seed: 7, students: []) == [:])
        #expect(RoundLottery.numbers(seed: 7, students: ["only"]) == ["only": 1])
        // Every student is first for some seed: nobody is always unlucky.
        var firsts = Set<String>()
        for seed in 0..<2000 as Range<UInt64> {
            let drawn = RoundLottery.numbers(seed: seed, students: ["a", "b", "c", "d"])
            firsts.insert(drawn.first { $0.value == 1 }!.key)
        }
        #expect(firsts == ["a", "b", "c", "d"])
        let seed = RoundLottery.drawSeed()
        #expect(seed > 0 && seed < 1 << 48)
    }

    static let newcastle = Coordinate(latitude: 54.9733, longitude: -1.6140)
    static let durham = Coordinate(latitude: 54.7761, longitude: -1.5733)
    static let london = Coordinate(latitude: 51.5072, longitude: -0.1276)

    @Test func eligibilityNamesEveryReasonInAStudentsWords() {
        let student = RoundEligibility.Student(
            year: 10, location: Self.newcastle, travelKm: 40, accessNeeds: TaxonomySet([.wheelchairAccess, .quietSpace, .other]))
        let nearAndAdapted = RoundEligibility.Opportunity(
            years: [10, 11], isVirtual: false, location: Self.durham, adjustments: TaxonomySet([.wheelchairAccess, .quietSpace]))
        #expect(RoundEligibility.reasons(student, nearAndAdapted).isEmpty)
        let far = RoundEligibility.Opportunity(
            years: [12], isVirtual: false, location: Self.london, adjustments: TaxonomySet([.quietSpace]))
        let reasons = RoundEligibility.reasons(student, far)
        #expect(reasons.count == 3)
        #expect(reasons[0].description == "it is for Year 12, and you are in Year 10")
        #expect(reasons[1].description.hasPrefix("it is 39") && reasons[1].description.hasSuffix("km from home, beyond your 40 km"))
        #expect(reasons[2].description == "it does not offer wheelchair access")
        // Online places are never too far, even with no home recorded.
        let online = RoundEligibility.Opportunity(
            years: [10], isVirtual: true, location: nil, adjustments: TaxonomySet([.wheelchairAccess, .quietSpace]))
        var nowhere = student
        nowhere.location = nil
        #expect(RoundEligibility.reasons(nowhere, online).isEmpty)
        #expect(RoundEligibility.reasons(nowhere, nearAndAdapted) == [.unknownHome])
    }
}
