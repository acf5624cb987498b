import FluentKit
import Foundation

/// Who did what, when and why: written in the same transaction as the change it records.
enum AuditLog {
    static func record(_ action: String, on subjectType: String, _ subjectId: UUID, reason: String? = nil, by identity: Identity,
                       at: Date, in db: any Database) async throws {
        try await record(action, on: subjectType, subjectId, reason: reason, userId: identity.userId, actingAs: identity.role.rawValue,
                         at: at, in: db)
    }

    /// For changes made outside a signed-in request (the command line): `actingAs` says how.
    static func record(_ action: String, on subjectType: String, _ subjectId: UUID, reason: String? = nil, userId: UUID?, actingAs: String,
                       at: Date, in db: any Database) async throws {
        try await AuditEntryModel(userId: userId, actingAs: actingAs, action: action, subjectType: subjectType, subjectId: subjectId,
                                  reason: reason, at: at).create(on: db)
    }
}
