import Foundation
import WexchangeGeo

/// Why a student may not take an opportunity (nil when they may).
public enum Ineligibility: Sendable, Hashable {
    case yearNotAccepted(year: Int, accepted: [Int])
    case tooFar(km: Double, limitKm: Double)
}

/// The instance as flat arrays indexed by position, built once per run so the phases touch
/// compact memory instead of strings, sets and dictionaries.
struct PreparedInstance: Sendable {
    // Students.
    let studentLocations: [Coordinate]
    let studentVectors: [UnitVector]
    let maxKm: [Double]
    let studentYears: [UInt8]
    /// Bit 0 disadvantaged, bit 1 SEND, bit 2 no prior experience.
    let studentFlags: [UInt8]
    let studentHubs: [Int32]
    /// Position of the student's lottery number among all lottery numbers (0 = luckiest).
    let lotteryRanks: [UInt32]
    /// Student index by lottery rank.
    let studentsByRank: [Int32]
    let reachChordSquared: [Double]
    /// Preferences in one array: student s ranks `preferences[preferenceStart[s]..<preferenceStart[s+1]]`.
    let preferenceStart: [Int32]
    let preferences: [Int32]
    /// Parallel to `preferences`: may the student take that opportunity?
    let preferenceEligible: [Bool]

    // Opportunities.
    let opportunityLocations: [Coordinate]
    let opportunityVectors: [UnitVector]
    let capacities: [Int32]
    let isVirtual: [Bool]
    /// Bit y set when year group y is accepted.
    let yearMasks: [UInt16]
    let opportunityHubs: [Int32]
    /// Criteria order of each opportunity (its own or the round's).
    let criteria: [[PriorityCriterion]]
    /// 16 entries per opportunity: the criteria part of a priority key for each (flags | local << 3).
    let criteriaBits: [UInt64]

    static let lotteryBits: UInt64 = 32
    static let lotteryMask: UInt64 = (1 << lotteryBits) - 1

    init(_ instance: AllocationInstance) {
        let students = instance.students, opportunities = instance.opportunities
        var hubIds: [String: Int32] = [:]
        func hubId(_ hub: String?) -> Int32 {
            guard let hub else { return -1 }
            if let id = hubIds[hub] { return id }
            let id = Int32(hubIds.count)
            hubIds[hub] = id
            return id
        }
        var opportunityIndex: [String: Int32] = [:]
        opportunityIndex.reserveCapacity(opportunities.count)
        for (index, opportunity) in opportunities.enumerated() { opportunityIndex[opportunity.id] = Int32(index) }

        opportunityLocations = opportunities.map(\.location)
        opportunityVectors = opportunities.map { UnitVector($0.location) }
        capacities = opportunities.map { Int32($0.capacity) }
        isVirtual = opportunities.map(\.isVirtual)
        yearMasks = opportunities.map { $0.years.reduce(UInt16(0)) { $0 | (1 << UInt16($1)) } }
        opportunityHubs = opportunities.map { hubId($0.hub) }
        criteria = opportunities.map { $0.priority ?? instance.priority }
        criteriaBits = criteria.flatMap { order in (0..<16).map { Self.criteriaBits(order: order, situation: $0) } }

        studentLocations = students.map(\.location)
        studentVectors = students.map { UnitVector($0.location) }
        maxKm = students.map(\.maxKm)
        studentYears = students.map { UInt8($0.year) }
        studentFlags = students.map { ($0.disadvantaged ? 1 : 0) | ($0.send ? 2 : 0) | ($0.priorExperience ? 0 : 4) }
        studentHubs = students.map { hubId($0.hub) }
        reachChordSquared = students.map { UnitVector.chordSquared(forKm: $0.maxKm) }
        let byLottery = students.indices.sorted { students[$0].lottery < students[$1].lottery }
        var ranks = [UInt32](repeating: 0, count: students.count)
        for (rank, student) in byLottery.enumerated() { ranks[student] = UInt32(rank) }
        lotteryRanks = ranks
        studentsByRank = byLottery.map { Int32($0) }

        var start: [Int32] = [0]
        start.reserveCapacity(students.count + 1)
        var flat: [Int32] = []
        flat.reserveCapacity(students.reduce(0) { $0 + $1.preferences.count })
        for student in students {
            for preference in student.preferences { flat.append(opportunityIndex[preference]!) }
            start.append(Int32(flat.count))
        }
        preferenceStart = start
        preferences = flat
        var eligible = [Bool](repeating: false, count: flat.count)
        let years = studentYears, vectors = studentVectors, reach = reachChordSquared
        let starts = start, flatPreferences = flat
        let opportunityVectors = opportunityVectors, isVirtual = isVirtual, yearMasks = yearMasks
        eligible.withUnsafeMutableBufferPointer { eligible in
            let out = UncheckedSendable(eligible)
            DispatchQueue.concurrentPerform(iterations: Self.chunks(students.count)) { chunk in
                for s in Self.range(chunk: chunk, of: students.count) {
                    for p in Int(starts[s])..<Int(starts[s + 1]) {
                        let o = Int(flatPreferences[p])
                        out.value[p] =
                            yearMasks[o] & (1 << UInt16(years[s])) != 0
                            && (isVirtual[o] || vectors[s].chordSquared(to: opportunityVectors[o]) <= reach[s])
                    }
                }
            }
        }
        preferenceEligible = eligible
    }

    var studentCount: Int { studentYears.count }
    var opportunityCount: Int { capacities.count }

    /// The priority key of student `s` at opportunity `o`: smaller is higher priority. The criteria
    /// bits sit above the lottery rank, so comparing keys compares the tuples lexicographically.
    @inline(__always)
    func priorityKey(student s: Int, opportunity o: Int) -> UInt64 {
        let local: UInt8 = studentHubs[s] >= 0 && studentHubs[s] == opportunityHubs[o] ? 8 : 0
        return criteriaBits[o &* 16 &+ Int(studentFlags[s] | local)] << Self.lotteryBits | UInt64(lotteryRanks[s])
    }

    func student(ofKey key: UInt64) -> Int { Int(studentsByRank[Int(key & Self.lotteryMask)]) }

    /// Whether student `s` may take opportunity `o`, and if not, why.
    func ineligibility(student s: Int, opportunity o: Int, instance: AllocationInstance) -> Ineligibility? {
        if yearMasks[o] & (1 << UInt16(studentYears[s])) == 0 {
            return .yearNotAccepted(year: Int(studentYears[s]), accepted: instance.opportunities[o].years.sorted())
        }
        if isVirtual[o] { return nil }
        let c2 = studentVectors[s].chordSquared(to: opportunityVectors[o])
        if c2 <= reachChordSquared[s] { return nil }
        return .tooFar(km: UnitVector.kilometres(chordSquared: c2), limitKm: instance.students[s].maxKm)
    }

    /// Each criterion contributes one bit, 0 when met, the first criterion highest.
    private static func criteriaBits(order: [PriorityCriterion], situation: Int) -> UInt64 {
        order.reduce(0) { bits, criterion in
            let met: Bool
            switch criterion {
            case .disadvantaged: met = situation & 1 != 0
            case .send: met = situation & 2 != 0
            case .noPrior: met = situation & 4 != 0
            case .local: met = situation & 8 != 0
            }
            return bits << 1 | (met ? 0 : 1)
        }
    }

    /// The tuple a key stands for at opportunity `o`: one 0/1 per criterion, then the lottery number.
    func tuple(ofKey key: UInt64, opportunity o: Int, instance: AllocationInstance) -> [Int64] {
        let count = criteria[o].count
        let bits = key >> Self.lotteryBits
        var tuple = (0..<count).map { Int64((bits >> UInt64(count - 1 - $0)) & 1) }
        tuple.append(instance.students[student(ofKey: key)].lottery)
        return tuple
    }

    // Work split for the two cores: a few chunks per core keeps them both busy.
    static func chunks(_ count: Int) -> Int { max(1, min(64, count / 4096)) }
    static func range(chunk: Int, of count: Int) -> Range<Int> {
        let chunks = chunks(count)
        return (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
    }
}

/// Lets `concurrentPerform` chunks write disjoint parts of one buffer.
struct UncheckedSendable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
