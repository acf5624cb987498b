import AllocationGenerator
import ArgumentParser
import Foundation
import WexchangeMatching

/// `wexchange generate-instance`: write a synthetic national-scale allocation instance, for
/// benchmarks and trying the engine out (BENCHMARKS.md).
struct GenerateInstanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-instance",
        abstract: "Write a synthetic allocation instance shaped like a national round (wex-alloc-instance/1)."
    )

    @Option(help: "Number of students (a year group nationally is about 600000).") var students = 600_000
    @Option(help: "Number of opportunities (default: 165 per 600 students).") var opportunities: Int?
    @Option(help: "Random seed; the same seed gives the same file.") var seed: UInt64 = 2026
    @Option(help: "Where to write the instance.") var out: String

    func validate() throws {
        guard students > 0 else { throw ValidationError("--students must be at least 1, not \(students)") }
        if let opportunities, opportunities < 1 { throw ValidationError("--opportunities must be at least 1, not \(opportunities)") }
    }

    func run() throws {
        let instance = NationalInstance(students: students, opportunities: opportunities, seed: seed).make(progress: say)
        let data = AllocationInstanceFile.encode(instance)
        try data.write(to: URL(fileURLWithPath: out), options: .atomic)
        say("wrote \(instance.students.count) students and \(instance.opportunities.count) opportunities (\(data.count) bytes) to \(out)")
    }
}
