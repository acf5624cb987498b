import FluentKit
import Foundation
import WexchangeCore
import WexchangeMatching

/// What `wexchange round …` does, as plain functions the command line and tests share.
public enum RoundCommands {
    /// One line per round, newest first: id, scope, state, name.
    public static func list(_ services: AppServices) async throws -> [String] {
        try await RoundModel.query(on: services.storage.database).sort(\.$createdAt, .descending).sort(\.$id).all().map { round in
            "\(try round.requireID().pathComponent)  \(round.roundScope.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))  \(round.roundState.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0))  \(round.name)"
        }
    }

    /// The engine's input for the round: what its last run read, or (not run yet) what it would read now.
    public static func instanceFile(_ id: UUID, services: AppServices) async throws -> Data {
        let round = try await RoundService.find(id, on: services.storage.database)
        if let stored = round.instanceFile { return stored }
        return AllocationInstanceFile.encode(
            try await RoundInstance.load(round, gazetteer: services.gazetteer, on: services.storage.database))
    }

    /// The result file the round's run wrote, exactly as the engine wrote it.
    public static func resultFile(_ id: UUID, services: AppServices) async throws -> Data {
        guard let stored = try await RoundService.find(id, on: services.storage.database).resultFile else {
            throw AppError(.conflict, code: "not_run", message: "This round has not run yet: it has no result")
        }
        return stored
    }

    /// Runs the round as the command line (audited as such).
    public static func run(_ id: UUID, services: AppServices, progress: @escaping @Sendable (String) -> Void) async throws -> String {
        let totals = try await services.roundRunner.run(id, by: .commandLine, progress: progress)
        return
            "\(totals.students) students: \(totals.placedByChoice) placed at a choice, \(totals.placedByClearing) by clearing, \(totals.unplaced) unplaced; \(totals.placesLeft) places left. Review the results, then publish."
    }

    /// One re-clearing pass as the command line (audited as such).
    public static func reclear(_ id: UUID, services: AppServices) async throws -> String {
        let totals = try await services.roundReclearer.reclear(id, by: .commandLine)
        return "\(totals.placed) of \(totals.waiting) students without an offer placed in the \(totals.placesBack) places that came back."
    }
}
