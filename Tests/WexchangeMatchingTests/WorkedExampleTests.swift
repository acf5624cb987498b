import Foundation
import Testing
import WexchangeGeo
import WexchangeMatching

/// The worked examples of the README (Examples/allocation): the decisions asserted one by one,
/// then the whole output compared with the committed result file, byte for byte.
@Suite struct WorkedExampleTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/allocation")

    func run(_ name: String) throws -> (AllocationInstance, AllocationResult, Data) {
        let instance = try AllocationInstanceFile.decode(Data(contentsOf: Self.examples.appendingPathComponent("\(name).json")))
        let result = try Allocator.allocate(instance, options: AllocationOptions(explain: true))
        return (instance, result, AllocationResultFile.encode(result, instance: instance))
    }

    func ids(_ instance: AllocationInstance, _ result: AllocationResult) -> [String: String] {
        var ids: [String: String] = [:]
        for (student, o) in zip(instance.students, result.final) { ids[student.id] = o.map { instance.opportunities[$0].id } ?? "-" }
        return ids
    }

    @Test func disadvantagedStudentsComeFirstAndClearingFillsTheRest() throws {
        let (instance, result, output) = try run("priority")

        // Amara is disadvantaged, so she takes the vet place although Ben's lottery number is better.
        #expect(result.placements[0] == .phase1(opportunity: 0, rank: 1))
        #expect(result.placements[1] == .phase1(opportunity: 1, rank: 2))
        // Chloe lost the vet place; Dev (Year 9) could take neither choice; clearing places both at the museum.
        #expect(result.placements[2] == .clearing(opportunity: 2))
        #expect(result.placements[3] == .clearing(opportunity: 2))
        #expect(result.cutoffs[0] == .full(tuple: [0, 1, 0, 5]))
        #expect(result.explanations?[1] == [.init(rank: 1, opportunity: 0, reason: .full(cutoff: [0, 1, 0, 5], yours: [1, 1, 0, 1]))])
        #expect(
            result.skippedPreferences.map(\.reason) == [
                .yearNotAccepted(year: 9, accepted: [10]), .yearNotAccepted(year: 9, accepted: [10, 11]),
            ])
        #expect(ids(instance, result) == ["amara": "vet", "ben": "lab", "chloe": "museum", "dev": "museum"])
        #expect(output == (try Data(contentsOf: Self.examples.appendingPathComponent("priority.result.json"))))
    }

    @Test func aLocalFirstPlaceGoesToTheLocalStudent() throws {
        let (instance, result, output) = try run("local")

        // The studio puts its own hub's students first: Femi (local) beats Erin (disadvantaged, from another hub).
        #expect(ids(instance, result) == ["erin": "online-lab", "femi": "studio", "gus": "workshop"])
        #expect(
            result.explanations?[0] == [.init(rank: 1, opportunity: 0, reason: .full(cutoff: [0, 1, 1, 0, 1], yours: [1, 0, 1, 0, 2]))])
        #expect(output == (try Data(contentsOf: Self.examples.appendingPathComponent("local.result.json"))))

        // With the round's order instead (disadvantaged first), Erin gets the studio.
        var roundOrder = instance
        roundOrder.opportunities[0].priority = nil
        let changed = try Allocator.allocate(roundOrder)
        #expect(ids(roundOrder, changed)["erin"] == "studio")
        #expect(ids(roundOrder, changed)["femi"] == "online-lab")
    }

    @Test func aSendFirstPlaceGoesToTheSendStudent() throws {
        let (instance, _, _) = try run("local")
        // Gus (SEND) ranked the workshop first; make Femi want it too with a better lottery number.
        var contested = instance
        contested.students[1].preferences = ["workshop"]
        let result = try Allocator.allocate(contested)
        #expect(ids(contested, result)["gus"] == "workshop")
        contested.opportunities[1].priority = []
        #expect(ids(contested, try Allocator.allocate(contested))["femi"] == "workshop")
    }

    /// With one candidate per student, the first solve misses the pairs that matter; the
    /// certificate finds them and a second solve reaches the optimum.
    @Test func theCertificateAddsMissingPairsAndClearingStaysOptimal() throws {
        func at(_ km: Double) -> Coordinate { Coordinate(latitude: 52 + km / 111.195, longitude: 0) }
        let instance = AllocationInstance(
            students: [
                AllocationStudent(id: "A", year: 10, location: at(0), lottery: 1),
                AllocationStudent(id: "B", year: 10, location: at(-0.1), lottery: 2),
            ],
            opportunities: [
                AllocationOpportunity(id: "X", location: at(1), capacity: 1, years: [10]),
                AllocationOpportunity(id: "Y", location: at(-2), capacity: 1, years: [10]),
                AllocationOpportunity(id: "Far", location: at(-10.1), capacity: 1, years: [10]),
            ]
        )
        let narrow = try Allocator.allocate(instance, options: AllocationOptions(clearingCandidates: 1))
        let wide = try Allocator.allocate(instance, options: AllocationOptions(clearingCandidates: 32))

        // A→X and B→Y (1 + 1.9 km) beat A→Y and B→X (2 + 1.1 km); with one candidate each (X for
        // both), the first solve leaves B unplaced, and the certificate finds B's pair with Y.
        #expect(narrow.final == [0, 1])
        #expect(wide.final == [0, 1])
        #expect(abs(narrow.statistics.clearing!.totalKm - 2.9) < 0.01)
        #expect(narrow.statistics.clearing!.rounds >= 2)
        #expect(wide.statistics.clearing!.rounds == 1)
    }
}
