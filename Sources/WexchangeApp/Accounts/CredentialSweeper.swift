import FluentKit
import Foundation
import Logging
import ServiceLifecycle

/// Deletes credentials that can no longer be used: expired sessions, one-time links that have
/// expired or been used, and answered reset requests a day old (kept that long for the per-address
/// limit). Nothing about a person is kept longer than it serves them.
struct CredentialSweeper: Service {
    let storage: Storage
    let now: @Sendable () -> Date
    let interval: Duration
    let logger: Logger

    func run() async throws {
        try await Repeating.run(every: interval, logger: logger, what: "sweeping expired credentials") { try await sweep() }
    }

    /// Returns how many rows went.
    @discardableResult
    func sweep() async throws -> Int {
        let db = storage.database
        let at = now()
        let sessions = try await SessionModel.query(on: db).filter(\.$expiresAt <= at).count()
        try await SessionModel.query(on: db).filter(\.$expiresAt <= at).delete()
        let expired = OneTimeTokenModel.query(on: db).group(.or) { $0.filter(\.$expiresAt <= at).filter(\.$usedAt != nil) }
        let links = try await expired.count()
        try await OneTimeTokenModel.query(on: db).group(.or) { $0.filter(\.$expiresAt <= at).filter(\.$usedAt != nil) }.delete()
        let answered = PasswordResetRequestModel.query(on: db).filter(\.$processedAt != nil)
            .filter(\.$requestedAt <= at.addingTimeInterval(-24 * 3600))
        let requests = try await answered.count()
        try await answered.delete()
        return sessions + links + requests
    }
}
