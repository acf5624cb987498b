import Foundation
import WexchangeCore
import WexchangeGeo
import WexchangeMatching

/// Builds a synthetic allocation instance shaped like a national round (issue 3, "Performance"):
/// students and places clustered around 40 Careers Hub areas by population, capacities 1–20
/// skewed towards small employers (about 1.07 places per student), 30% of in-person places with
/// `local` first, and ten preferences each, biased to nearby and popular places. The same
/// parameters always give the same instance.
public struct NationalInstance: Sendable {
    public var students: Int
    public var opportunities: Int
    public var seed: UInt64

    public init(students: Int = 600_000, opportunities: Int? = nil, seed: UInt64 = 2026) {
        self.students = students
        self.opportunities = opportunities ?? max(1, students * 165 / 600)
        self.seed = seed
    }

    /// Hub centres (major towns and cities of England) and relative populations.
    static let hubs: [(name: String, lat: Double, lon: Double, weight: Double)] = [
        ("London Central", 51.507, -0.128, 40), ("London East", 51.55, 0.05, 25), ("London South", 51.40, -0.10, 22),
        ("London West", 51.51, -0.38, 22), ("London North", 51.62, -0.15, 18), ("Birmingham", 52.486, -1.890, 22),
        ("Manchester", 53.481, -2.243, 20), ("Leeds", 53.801, -1.549, 15), ("Sheffield", 53.381, -1.470, 11),
        ("Liverpool", 53.408, -2.991, 11), ("Bristol", 51.455, -2.588, 9), ("Newcastle", 54.978, -1.618, 9),
        ("Nottingham", 52.954, -1.158, 8), ("Leicester", 52.637, -1.139, 7), ("Coventry", 52.407, -1.512, 7),
        ("Bradford", 53.796, -1.759, 7), ("Stoke", 53.003, -2.180, 5), ("Southampton", 50.910, -1.404, 5),
        ("Portsmouth", 50.820, -1.088, 4), ("Plymouth", 50.375, -4.143, 5), ("Derby", 52.923, -1.476, 5),
        ("Reading", 51.454, -0.973, 5), ("Hull", 53.745, -0.336, 5), ("Preston", 53.763, -2.703, 5),
        ("Milton Keynes", 52.041, -0.759, 5), ("Northampton", 52.240, -0.902, 4), ("Norwich", 52.630, 1.297, 4),
        ("Luton", 51.879, -0.417, 4), ("Sunderland", 54.906, -1.381, 4), ("Brighton", 50.822, -0.137, 5),
        ("Cambridge", 52.205, 0.119, 4), ("Oxford", 51.752, -1.258, 4), ("Exeter", 50.718, -3.534, 4),
        ("York", 53.960, -1.087, 3), ("Ipswich", 52.056, 1.148, 3), ("Gloucester", 51.864, -2.244, 4),
        ("Middlesbrough", 54.576, -1.235, 4), ("Lincoln", 53.234, -0.538, 3), ("Carlisle", 54.892, -2.932, 2),
        ("Truro", 50.263, -5.051, 2),
    ]

    /// Cumulative probabilities of capacities 1...20 under P(k) ∝ r^k, with r chosen (by bisection)
    /// so the mean is `mean`: many places with one or two students, a few with twenty.
    static func capacityDistribution(mean: Double) -> [Double] {
        func weights(_ r: Double) -> [Double] { (1...20).map { pow(r, Double($0)) } }
        func meanOf(_ r: Double) -> Double {
            let w = weights(r)
            return zip(1...20, w).reduce(0) { $0 + Double($1.0) * $1.1 } / w.reduce(0, +)
        }
        var low = 0.01, high = 3.0
        for _ in 0..<60 {
            let mid = (low + high) / 2
            if meanOf(mid) < mean { low = mid } else { high = mid }
        }
        let w = weights(low), total = w.reduce(0, +)
        return w.reduce(into: [Double]()) { $0.append(($0.last ?? 0) + $1 / total) }
    }

    public func make(progress: (String) -> Void = { _ in }) -> AllocationInstance {
        var random = SeededRandom(seed: seed)
        let hubs = Self.hubs
        let hubCumulative = hubs.reduce(into: [Double]()) { $0.append(($0.last ?? 0) + $1.weight) }
        func pickHub() -> Int {
            let target = random.unit() * hubCumulative.last!
            return hubCumulative.firstIndex { $0 > target } ?? hubs.count - 1
        }
        func gaussian() -> Double {
            let u1 = max(random.unit(), 1e-12), u2 = random.unit()
            return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
        }
        func near(_ hub: Int, sigmaKm: Double) -> Coordinate {
            let lat = hubs[hub].lat + gaussian() * sigmaKm / 111.2
            let lon = hubs[hub].lon + gaussian() * sigmaKm / (111.2 * cos(hubs[hub].lat * .pi / 180))
            return Coordinate(latitude: lat, longitude: lon)
        }

        // Places: capacities 1–20, most employers small (mean about 3.9, so 1.07 places per student).
        var opportunityList: [AllocationOpportunity] = []
        opportunityList.reserveCapacity(opportunities)
        var hubOf: [Int] = [], popularity: [Double] = []
        let targetPlaces = Double(students) * 1.07
        let capacityTable = Self.capacityDistribution(mean: targetPlaces / Double(opportunities))
        for index in 0..<opportunities {
            let hub = pickHub()
            let isVirtual = random.chance(0.08)
            let draw = random.unit()
            let capacity = (capacityTable.firstIndex { $0 > draw } ?? 19) + 1
            let years: [Int] = random.chance(0.7) ? [10] : (random.chance(0.5) ? [10, 11] : [9, 10, 11, 12])
            let localFirst = !isVirtual && random.chance(0.3)
            opportunityList.append(
                AllocationOpportunity(
                    id: "O\(index + 1)", location: near(hub, sigmaKm: 14), capacity: capacity, isVirtual: isVirtual,
                    years: years, hub: localFirst ? hubs[hub].name : nil,
                    priority: localFirst ? [.local, .disadvantaged, .send, .noPrior] : nil
                ))
            hubOf.append(hub)
            popularity.append(exp(gaussian() * 0.9))
        }
        progress("generated \(opportunities) opportunities, \(opportunityList.reduce(0) { $0 + $1.capacity }) places")

        // Per hub, a cumulative popularity table to draw candidate places from, plus virtual ones.
        var byHub = [[Int]](repeating: [], count: hubs.count)
        var virtualOnes: [Int] = []
        for (o, opportunity) in opportunityList.enumerated() {
            if opportunity.isVirtual { virtualOnes.append(o) } else { byHub[hubOf[o]].append(o) }
        }
        let hubTables = byHub.map { list in list.reduce(into: [Double]()) { $0.append(($0.last ?? 0) + popularity[$1]) } }
        func draw(_ list: [Int], _ table: [Double]) -> Int? {
            guard let total = table.last else { return nil }
            let target = random.unit() * total
            var low = 0, high = table.count - 1
            while low < high {
                let mid = (low + high) / 2
                if table[mid] > target { high = mid } else { low = mid + 1 }
            }
            return list[low]
        }

        let lotteries = (0..<students).map { Int64($0) }.shuffled(using: &random)
        var studentList: [AllocationStudent] = []
        studentList.reserveCapacity(students)
        var candidates: [(key: Double, o: Int)] = []
        for index in 0..<students {
            let hub = pickHub()
            let home = near(hub, sigmaKm: 12)
            let homeVector = UnitVector(home)
            // Forty draws by popularity from the home hub (some from a neighbouring one), then the
            // ten best by a random key that favours nearby places (weighted sampling, Efraimidis–Spirakis).
            candidates.removeAll(keepingCapacity: true)
            var seen = Set<Int>()
            for _ in 0..<40 {
                let from = random.chance(0.15) ? pickHub() : hub
                guard let o = draw(byHub[from], hubTables[from]), seen.insert(o).inserted else { continue }
                let km = UnitVector.kilometres(chordSquared: homeVector.chordSquared(to: UnitVector(opportunityList[o].location)))
                let weight = exp(-km / 12)
                candidates.append((pow(random.unit(), 1 / max(weight, 1e-9)), o))
            }
            if random.chance(0.3), let o = virtualOnes.isEmpty ? nil : virtualOnes[random.int(below: virtualOnes.count)],
                seen.insert(o).inserted
            {
                candidates.append((random.unit() * 0.5, o))
            }
            candidates.sort { $0.key > $1.key }
            let preferences = candidates.prefix(AllocationStudent.maxPreferences).map { opportunityList[$0.o].id }
            studentList.append(
                AllocationStudent(
                    id: "S\(index + 1)", year: 10, location: home, hub: random.chance(0.9) ? hubs[hub].name : nil,
                    disadvantaged: random.chance(0.25), send: random.chance(0.15), priorExperience: random.chance(0.3),
                    lottery: lotteries[index], preferences: Array(preferences)
                ))
            if (index + 1) % 100_000 == 0 { progress("generated \(index + 1) students") }
        }
        return AllocationInstance(students: studentList, opportunities: opportunityList)
    }
}
