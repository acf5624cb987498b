import Foundation
import WexchangeMatching

/// The lottery that breaks ties between students of equal priority. The seed is drawn when the
/// round is created, stored and shown, so anyone can check a run: the numbers depend only on the
/// seed and on which students take part, never on the order they were read in.
public enum RoundLottery {
    /// A fresh seed for a new round (JSON and SQL integers keep 53 and 63 bits: 48 is plenty).
    public static func drawSeed() -> UInt64 { UInt64.random(in: 1..<(1 << 48)) }

    /// Each student's number, 1 to n (lower is luckier): the students in id order, shuffled
    /// (Fisher–Yates) by a `SeededRandom` started from the seed.
    public static func numbers(seed: UInt64, students: [String]) -> [String: Int64] {
        var order = students.sorted()
        var random = SeededRandom(seed: seed)
        if order.count > 1 {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, random.int(below: i + 1))
            }
        }
        var numbers: [String: Int64] = [:]
        numbers.reserveCapacity(order.count)
        for (position, id) in order.enumerated() { numbers[id] = Int64(position + 1) }
        return numbers
    }
}

extension PriorityCriterion {
    /// Who goes first under this criterion, as a student or parent reads it.
    public var label: String {
        switch self {
        case .disadvantaged: "students eligible for free school meals, the pupil premium or in care"
        case .send: "students with special educational needs or disabilities"
        case .noPrior: "students who have not had work experience yet"
        case .local: "students at schools in this Careers Hub"
        }
    }
}
