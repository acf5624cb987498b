import Foundation
import PropertyBased
import Testing
import WexchangeCore
import WexchangeMatching

/// Properties of the engine on random instances with per-opportunity priorities (issue 3, "Tests").
/// Tiny instances are compared with exhaustive searches in `Reference`.
@Suite struct AllocationPropertyTests {
    static let tiny = zip(Gen.uint64(in: 0...UInt64.max), Gen.int(in: 1...6), Gen.int(in: 1...4))
    static let small = zip(Gen.uint64(in: 0...UInt64.max), Gen.int(in: 1...40), Gen.int(in: 1...12))

    @Test func placesNeverExceedCapacityAndPhaseOneUsesOnlyRankedEligibleChoices() async throws {
        await propertyCheck(count: 150, input: Self.small) { seed, students, opportunities in
            let instance = RandomInstance.make(seed: seed, students: students, opportunities: opportunities)
            let reference = Reference(instance)
            let result = try Allocator.allocate(instance)
            for o in instance.opportunities.indices {
                #expect(result.final.filter { $0 == o }.count <= instance.opportunities[o].capacity)
            }
            for (s, placement) in result.placements.enumerated() {
                switch placement {
                case .phase1(let o, let rank):
                    #expect(reference.eligible(s, o))
                    #expect(instance.students[s].preferences[rank - 1] == instance.opportunities[o].id)
                case .clearing(let o):
                    #expect(reference.eligible(s, o))
                case .unplaced: break
                }
            }
        }
    }

    @Test func phaseOneHasNoBlockingPair() async throws {
        await propertyCheck(count: 150, input: Self.small) { seed, students, opportunities in
            let instance = RandomInstance.make(seed: seed, students: students, opportunities: opportunities)
            let result = try Allocator.allocate(instance, options: AllocationOptions(clearing: false))
            let blocking = Reference(instance).blockingPair(result.phase1)
            #expect(blocking == nil, "blocking pair \(String(describing: blocking))")
        }
    }

    @Test func phaseOneIsTheStudentOptimalStableMatching() async throws {
        await propertyCheck(count: 120, input: Self.tiny) { seed, students, opportunities in
            let instance = RandomInstance.make(seed: seed, students: students, opportunities: opportunities)
            let reference = Reference(instance)
            let engine = try Allocator.allocate(instance, options: AllocationOptions(clearing: false)).phase1
            let stable = reference.stableMatchings()
            #expect(stable.contains(engine))
            for matching in stable {
                for s in instance.students.indices {
                    // nil (unplaced) ranks below every placement.
                    let mine = reference.rank(s, engine[s]) ?? Int.max, theirs = reference.rank(s, matching[s]) ?? Int.max
                    #expect(mine <= theirs, "student \(s) does better in another stable matching")
                }
            }
        }
    }

    @Test(arguments: [1, 32])
    func clearingPlacesTheMostStudentsThenTravelsTheLeast(candidates: Int) async throws {
        await propertyCheck(count: 120, input: Self.tiny) { seed, students, opportunities in
            let instance = RandomInstance.make(seed: seed, students: students, opportunities: opportunities)
            let reference = Reference(instance)
            let result = try Allocator.allocate(instance, options: AllocationOptions(clearingCandidates: candidates))
            let unplaced = instance.students.indices.filter { result.phase1[$0] == nil }
            let left = instance.opportunities.indices.map { o in instance.opportunities[o].capacity - result.phase1.filter { $0 == o }.count
            }
            let best = reference.bestClearing(unplaced: unplaced, left: left)
            let clearing = result.statistics.clearing!
            let km = unplaced.compactMap { s in result.final[s].map { reference.distanceKm(s, $0) } }.reduce(0, +)
            #expect(clearing.placed == best.placed)
            #expect(abs(km - best.km) < 1e-5 * Double(max(1, best.placed)), "clearing travels \(km) km, best is \(best.km) km")
            #expect(abs(clearing.totalKm - km) < 1e-5 * Double(max(1, best.placed)))
        }
    }

    /// In one process (one hash seed). CI also allocates the same generated instance in two
    /// processes, whose Set and Dictionary orders differ, and compares the files byte for byte.
    @Test func theSameInputGivesByteIdenticalOutput() async throws {
        await propertyCheck(count: 60, input: Self.small) { seed, students, opportunities in
            let instance = RandomInstance.make(seed: seed, students: students, opportunities: opportunities)
            let options = AllocationOptions(explain: true)
            let file = AllocationInstanceFile.encode(instance)
            let outputs = try (0..<2).map { _ in
                let decoded = try AllocationInstanceFile.decode(file)
                return AllocationResultFile.encode(try Allocator.allocate(decoded, options: options), instance: decoded)
            }
            #expect(outputs[0] == outputs[1])
            // Writing and reading back an instance changes nothing once coordinates are rounded.
            let decoded = try AllocationInstanceFile.decode(file)
            #expect(try AllocationInstanceFile.decode(AllocationInstanceFile.encode(decoded)) == decoded)
        }
    }

    /// Truncating or reordering one student's list never gets them a place they truly prefer.
    @Test func misreportingNeverHelps() async throws {
        let input = zip(Self.small, Gen.uint64(in: 0...UInt64.max))
        await propertyCheck(count: 150, input: input) { instanceInput, lie in
            let (seed, students, opportunities) = instanceInput
            let instance = RandomInstance.make(seed: seed, students: students, opportunities: opportunities)
            let reference = Reference(instance)
            let options = AllocationOptions(clearing: false)
            let truthful = try Allocator.allocate(instance, options: options).phase1
            let liar = Int(lie % UInt64(students))
            var misreport = instance
            var preferences = instance.students[liar].preferences
            if lie & (1 << 40) == 0 {
                preferences = Array(preferences.prefix(Int((lie >> 8) % UInt64(preferences.count + 1))))
            } else {
                var generator = SeededRandom(seed: lie)
                preferences.shuffle(using: &generator)
            }
            misreport.students[liar].preferences = preferences
            let outcome = try Allocator.allocate(misreport, options: options).phase1[liar]
            if let outcome { #expect(!reference.prefers(liar, outcome, over: truthful[liar])) }
        }
    }
}
