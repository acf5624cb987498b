import FluentKit
import Foundation

/// Who did something, as the audit log records it: the person (or provider, for a feed key), the
/// role they acted as, and the credential they used.
struct AuditActor: Sendable, Equatable {
    let userId: UUID?
    /// A `Role` raw value, or `system`.
    let actingAs: String
    /// "signed in", "personal API token “…”", "provider feed key" or "command line".
    let credential: String

    /// Changes made from the `wexchange` command line, by whoever runs it on the server.
    static let commandLine = AuditActor(userId: nil, actingAs: "system", credential: "command line")
}

extension Identity {
    var auditActor: AuditActor { AuditActor(userId: userId, actingAs: role.rawValue, credential: credentialDescription) }
}

/// Who did what, when and why: written in the same transaction as the change it records.
enum AuditLog {
    static func record(_ action: String, on subjectType: String, _ subjectId: UUID, reason: String? = nil, by identity: Identity,
                       at: Date, in db: any Database) async throws {
        try await record(action, on: subjectType, subjectId, reason: reason, by: identity.auditActor, at: at, in: db)
    }

    static func record(_ action: String, on subjectType: String, _ subjectId: UUID, reason: String? = nil, by actor: AuditActor,
                       at: Date, in db: any Database) async throws {
        try await AuditEntryModel(userId: actor.userId, actingAs: actor.actingAs, credential: actor.credential, action: action,
                                  subjectType: subjectType, subjectId: subjectId, reason: reason, at: at).create(on: db)
    }
}
