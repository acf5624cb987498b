import Foundation

/// Writes a result as `wex-alloc-result/1` JSON (README, "Allocation"): students and
/// opportunities in instance order, so the same input always gives byte-identical output.
public enum AllocationResultFile {
    public static let format = "wex-alloc-result/1"

    public static func encode(_ result: AllocationResult, instance: AllocationInstance) -> Data {
        let students = instance.students, opportunities = instance.opportunities
        var json = JSONText(reserving: students.count * 48 + opportunities.count * 64)
        var first = true
        json.raw("{")
        json.member("format", first: &first) { $0.string(format) }
        json.member("assignment", first: &first) { json in
            json.object(zip(students, result.placements)) { json, pair in
                json.key(pair.0.id)
                if case .phase1(let o, _) = pair.1 { json.string(opportunities[o].id) } else { json.raw("null") }
            }
        }
        json.member("clearing", first: &first) { json in
            json.object(zip(students, result.placements).filter { if case .clearing = $0.1 { true } else { false } }) { json, pair in
                guard case .clearing(let o) = pair.1 else { return }
                json.key(pair.0.id)
                json.string(opportunities[o].id)
            }
        }
        json.member("cutoffs", first: &first) { json in
            json.object(opportunities.indices) { json, o in
                json.key(opportunities[o].id)
                writeCutoff(result.cutoffs[o], criteria: result.criteria[o], to: &json)
            }
        }
        json.member("skipped", first: &first) { json in
            json.array(result.skippedPreferences) { json, skipped in
                var first = true
                json.raw("{")
                json.member("student", first: &first) { $0.string(students[skipped.student].id) }
                json.member("rank", first: &first) { $0.int(skipped.rank) }
                json.member("opportunity", first: &first) { $0.string(opportunities[skipped.opportunity].id) }
                writeIneligibility(skipped.reason, first: &first, to: &json)
                json.raw("}")
            }
        }
        json.member("stats", first: &first) { writeStatistics(result.statistics, to: &$0) }
        if let explanations = result.explanations {
            json.member("explanations", first: &first) { json in
                json.object(students.indices) { json, s in
                    json.key(students[s].id)
                    writeExplanation(
                        placement: result.placements[s], notGiven: explanations[s], result: result, instance: instance, to: &json)
                }
            }
        }
        json.raw("}\n")
        return Data(json.bytes)
    }

    private static func writeCutoff(_ cutoff: AllocationResult.Cutoff, criteria: [PriorityCriterion], to json: inout JSONText) {
        var first = true
        json.raw("{")
        switch cutoff {
        case .full(let tuple):
            json.member("status", first: &first) { $0.string("full") }
            json.member("criteria", first: &first) { $0.array(criteria) { $0.string($1.rawValue) } }
            json.member("cutoff", first: &first) { $0.array(tuple) { $0.int($1) } }
        case .notFull(let left):
            json.member("status", first: &first) { $0.string("not_full") }
            json.member("places_left", first: &first) { $0.int(left) }
        case .noPlaces:
            json.member("status", first: &first) { $0.string("no_places") }
        }
        json.raw("}")
    }

    private static func writeIneligibility(_ reason: Ineligibility, first: inout Bool, to json: inout JSONText) {
        switch reason {
        case .yearNotAccepted(let year, let accepted):
            json.member("reason", first: &first) { $0.string("year_not_accepted") }
            json.member("detail", first: &first) {
                $0.string("year \(year) is not accepted (years \(accepted.map(String.init).joined(separator: ", ")))")
            }
        case .tooFar(let km, let limit):
            json.member("reason", first: &first) { $0.string("too_far") }
            json.member("km", first: &first) { $0.decimal(km, places: 3) }
            json.member("detail", first: &first) {
                $0.string("\(String(format: "%.1f", km)) km away, beyond the \(String(format: "%g", limit)) km limit")
            }
        }
    }

    private static func writeStatistics(_ stats: AllocationStatistics, to json: inout JSONText) {
        var first = true
        json.raw("{")
        json.member("students", first: &first) { $0.int(stats.students) }
        json.member("places", first: &first) { $0.int(stats.places) }
        json.member("placed", first: &first) { json in
            var first = true
            json.raw("{")
            json.member("phase1", first: &first) { $0.int(stats.placedPhase1) }
            json.member("clearing", first: &first) { $0.int(stats.placedClearing) }
            json.member("total", first: &first) { $0.int(stats.placedPhase1 + stats.placedClearing) }
            json.member("unplaced", first: &first) { $0.int(stats.unplaced) }
            json.raw("}")
        }
        json.member("by_rank", first: &first) { json in
            json.object(stats.byRank.indices) { json, rank in
                json.key(String(rank + 1))
                json.int(stats.byRank[rank])
            }
        }
        json.member("by_group", first: &first) { json in
            json.object(stats.groups) { json, group in
                json.key(group.name)
                var first = true
                json.raw("{")
                json.member("students", first: &first) { $0.int(group.students) }
                json.member("placed", first: &first) { $0.int(group.placed) }
                json.member("placement_rate", first: &first) { $0.decimal(group.placementRate, places: 4) }
                json.member("top3", first: &first) { $0.int(group.topThree) }
                json.member("top3_rate", first: &first) { $0.decimal(group.topThreeRate, places: 4) }
                json.raw("}")
            }
        }
        json.member("places_left", first: &first) { json in
            var first = true
            json.raw("{")
            json.member("after_phase1", first: &first) { $0.int(stats.placesLeftAfterPhase1) }
            json.member("after_clearing", first: &first) { $0.int(stats.placesLeft) }
            json.raw("}")
        }
        json.member("proposals", first: &first) { $0.int(stats.proposals) }
        json.member("skipped_preferences", first: &first) { $0.int(stats.skippedPreferences) }
        if let clearing = stats.clearing {
            json.member("clearing", first: &first) { json in
                var first = true
                json.raw("{")
                json.member("students", first: &first) { $0.int(clearing.students) }
                json.member("placed", first: &first) { $0.int(clearing.placed) }
                json.member("total_km", first: &first) { $0.decimal(clearing.totalKm, places: 3) }
                json.member("candidate_pairs", first: &first) { $0.int(clearing.candidatePairs) }
                json.member("certified_pairs", first: &first) { $0.int(clearing.certifiedPairs) }
                json.member("rounds", first: &first) { $0.int(clearing.rounds) }
                json.raw("}")
            }
        }
        json.raw("}")
    }

    private static func writeExplanation(
        placement: AllocationResult.Placement, notGiven: [AllocationResult.NotGiven], result: AllocationResult,
        instance: AllocationInstance, to json: inout JSONText
    ) {
        var first = true
        json.raw("{")
        switch placement {
        case .phase1(let o, let rank):
            json.member("outcome", first: &first) { $0.string("phase1") }
            json.member("opportunity", first: &first) { $0.string(instance.opportunities[o].id) }
            json.member("rank", first: &first) { $0.int(rank) }
        case .clearing(let o):
            json.member("outcome", first: &first) { $0.string("clearing") }
            json.member("opportunity", first: &first) { $0.string(instance.opportunities[o].id) }
        case .unplaced:
            json.member("outcome", first: &first) { $0.string("unplaced") }
        }
        json.member("not_given", first: &first) { json in
            json.array(notGiven) { json, item in
                var first = true
                json.raw("{")
                json.member("rank", first: &first) { $0.int(item.rank) }
                json.member("opportunity", first: &first) { $0.string(instance.opportunities[item.opportunity].id) }
                switch item.reason {
                case .full(let cutoff, let yours):
                    json.member("reason", first: &first) { $0.string("full") }
                    json.member("criteria", first: &first) { $0.array(result.criteria[item.opportunity]) { $0.string($1.rawValue) } }
                    json.member("cutoff", first: &first) { $0.array(cutoff) { $0.int($1) } }
                    json.member("yours", first: &first) { $0.array(yours) { $0.int($1) } }
                case .noPlaces:
                    json.member("reason", first: &first) { $0.string("no_places") }
                case .notEligible(let reason):
                    writeIneligibility(reason, first: &first, to: &json)
                }
                json.raw("}")
            }
        }
        json.raw("}")
    }
}

extension JSONText {
    /// Writes an object whose members `body` writes (key then value) for each item.
    mutating func object<S: Sequence>(_ items: S, _ body: (inout JSONText, S.Element) -> Void) {
        raw("{")
        var first = true
        for item in items {
            if !first { raw(",") }
            first = false
            body(&self, item)
        }
        raw("}")
    }
}
