import Foundation
import WexchangeCore
import WexchangeMatching

/// What a run tells the round's page: how far down each opportunity's priority order its places
/// reached (in the result file's own fields), and how each priority group did. Stored with the
/// round as JSON; it names and counts no single student.
struct RoundRunReport: Codable, Sendable, Equatable {
    struct Cutoff: Codable, Sendable, Equatable {
        let status: String
        let criteria: [String]?
        let cutoff: [Int64]?
        let placesLeft: Int?

        enum CodingKeys: String, CodingKey {
            case status, criteria, cutoff, placesLeft = "places_left"
        }

        var decoded: RoundCutoff? { RoundCutoff(status: status, criteria: criteria, cutoff: cutoff, placesLeft: placesLeft) }
    }

    /// One priority group (`disadvantaged`, `send`, `no_prior`, `others`).
    struct Group: Codable, Sendable, Equatable {
        let name: String
        let students: Int
        let placed: Int
        /// Placed at one of their first three choices.
        let topThree: Int

        enum CodingKeys: String, CodingKey {
            case name, students, placed, topThree = "top3"
        }
    }

    /// By opportunity id (`UUID.uuidString`: a JSON object, where UUID keys would make an array).
    let cutoffs: [String: Cutoff]
    let groups: [Group]

    init(cutoffs: [String: Cutoff], groups: [Group]) {
        self.cutoffs = cutoffs
        self.groups = groups
    }

    init(_ result: AllocationResult, instance: AllocationInstance) {
        var cutoffs: [String: Cutoff] = [:]
        for (o, opportunity) in instance.opportunities.enumerated() {
            guard let id = UUID(uuidString: opportunity.id) else { continue }
            cutoffs[id.uuidString] =
                switch result.cutoffs[o] {
                case .full(let tuple):
                    Cutoff(status: "full", criteria: result.criteria[o].map(\.rawValue), cutoff: tuple, placesLeft: nil)
                case .notFull(let left): Cutoff(status: "not_full", criteria: nil, cutoff: nil, placesLeft: left)
                case .noPlaces: Cutoff(status: "no_places", criteria: nil, cutoff: nil, placesLeft: nil)
                }
        }
        self.cutoffs = cutoffs
        groups = result.statistics.groups.map { Group(name: $0.name, students: $0.students, placed: $0.placed, topThree: $0.topThree) }
    }

    func cutoff(of opportunity: UUID) -> RoundCutoff? { cutoffs[opportunity.uuidString]?.decoded }

    func text() throws -> String { String(decoding: try JSONEncoder().encode(self), as: UTF8.self) }

    static func stored(_ text: String?) -> RoundRunReport? {
        text.flatMap { try? JSONDecoder().decode(RoundRunReport.self, from: Data($0.utf8)) }
    }
}
