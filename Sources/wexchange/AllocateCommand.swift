import ArgumentParser
import Foundation
import WexchangeMatching

/// `wexchange allocate`: run the allocation engine on an instance file (README, "Allocation").
struct AllocateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allocate",
        abstract: "Allocate places: deferred acceptance, then exact clearing, from a wex-alloc-instance/1 file.",
        discussion: "Exits with status 2 on bad input, naming the entity and field; no output file is written then."
    )

    @Option(help: "The instance file (JSON, wex-alloc-instance/1).") var instance: String
    @Option(help: "Where to write the result (JSON, wex-alloc-result/1).") var out: String
    @Flag(help: "Skip phase 2 (clearing) and leave students unplaced by phase 1 unplaced.") var noClearing = false
    @Flag(help: "Explain, for every student, why each opportunity ranked above their outcome was not given.") var explain = false

    func run() throws {
        let options = AllocationOptions(clearing: !noClearing, explain: explain)
        do {
            let result = try AllocationJob.run(
                instance: URL(fileURLWithPath: instance), output: URL(fileURLWithPath: out), options: options, progress: say
            )
            let stats = result.statistics
            say(
                "placed \(stats.placedPhase1) in phase 1 and \(stats.placedClearing) in clearing; \(stats.unplaced) unplaced; \(stats.placesLeft) places left"
            )
        } catch {
            say("wexchange allocate: \(error)")
            throw ExitCode(error.exitStatus)
        }
    }
}
