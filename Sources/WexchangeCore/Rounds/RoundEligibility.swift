import Foundation
import WexchangeGeo

/// Whether a student may rank an opportunity in a round: it takes their year group, it is online
/// or within the distance they can travel, and it makes every adjustment they need. The engine
/// checks year and distance again when it runs; access needs are checked here, when they rank.
public enum RoundEligibility {
    public struct Student: Sendable, Hashable {
        public var year: Int
        /// Home (or, without a home postcode, school); nil when neither is known.
        public var location: Coordinate?
        public var travelKm: Int
        public var accessNeeds: TaxonomySet<SendAdjustment>

        public init(year: Int, location: Coordinate?, travelKm: Int, accessNeeds: TaxonomySet<SendAdjustment>) {
            self.year = year
            self.location = location
            self.travelKm = travelKm
            self.accessNeeds = accessNeeds
        }
    }

    public struct Opportunity: Sendable, Hashable {
        public var years: [Int]
        public var isVirtual: Bool
        public var location: Coordinate?
        public var adjustments: TaxonomySet<SendAdjustment>

        public init(years: [Int], isVirtual: Bool, location: Coordinate?, adjustments: TaxonomySet<SendAdjustment>) {
            self.years = years
            self.isVirtual = isVirtual
            self.location = location
            self.adjustments = adjustments
        }
    }

    public enum Reason: Sendable, Hashable, CustomStringConvertible {
        case year(Int, accepted: [Int])
        case tooFar(km: Double, limitKm: Int)
        case unknownHome
        case adjustmentsMissing(TaxonomySet<SendAdjustment>)

        /// In words a student understands.
        public var description: String {
            switch self {
            case .year(let year, let accepted):
                "it is for Year \(accepted.map(String.init).joined(separator: ", ")), and you are in Year \(year)"
            case .tooFar(let km, let limit):
                "it is \(Int(km.rounded())) km from home, beyond your \(limit) km"
            case .unknownHome:
                "it is in person, and your school has not recorded where you live"
            case .adjustmentsMissing(let missing):
                "it does not offer \(missing.map(\.label).joined(separator: ", ").lowercased())"
            }
        }
    }

    /// Every reason the student may not rank it; empty when they may.
    public static func reasons(_ student: Student, _ opportunity: Opportunity) -> [Reason] {
        var reasons: [Reason] = []
        if !opportunity.years.contains(student.year) { reasons.append(.year(student.year, accepted: opportunity.years.sorted())) }
        if !opportunity.isVirtual {
            if let home = student.location, let place = opportunity.location {
                let km = GreatCircle.distanceKm(home, place)
                if km > Double(student.travelKm) { reasons.append(.tooFar(km: km, limitKm: student.travelKm)) }
            } else {
                reasons.append(.unknownHome)
            }
        }
        // An "other" need is described in words on the student's record: the school judges it.
        var missing = TaxonomySet<SendAdjustment>(bits: student.accessNeeds.bits & ~opportunity.adjustments.bits)
        missing.remove(.other)
        if !missing.isEmpty { reasons.append(.adjustmentsMissing(missing)) }
        return reasons
    }
}
