import FluentKit
import Foundation

/// Who did what, when and why: written in the same transaction as the change it records.
enum AuditLog {
    static func record(
        _ action: AuditAction, _ subjectId: UUID, reason: String? = nil, by identity: Identity, at: Date, in db: any Database
    ) async throws {
        try await record(action, subjectId, reason: reason, by: identity.auditActor, at: at, in: db)
    }

    static func record(
        _ action: AuditAction, _ subjectId: UUID, reason: String? = nil, by actor: AuditActor, at: Date, in db: any Database
    ) async throws {
        try await AuditEntryModel(
            userId: actor.userId, actingAs: actor.actingAs, credential: actor.credential, action: action.rawValue,
            subjectType: action.subject.rawValue, subjectId: subjectId, reason: reason, at: at
        ).create(on: db)
    }
}
