import FluentKit
import Foundation

/// Who did what, when and why: moderation decisions, badges, role changes.
final class AuditEntryModel: Model, @unchecked Sendable {
    static let schema = "audit_log"

    @ID(key: .id) var id: UUID?
    @OptionalField(key: "user_id") var userId: UUID?
    /// The role the person acted as (a `Role` raw value), or `system`.
    @Field(key: "acting_as") var actingAs: String
    /// The credential used (see `AuditActor.credential`); nil for entries written before it was kept.
    @OptionalField(key: "credential") var credential: String?
    @Field(key: "action") var action: String
    @Field(key: "subject_type") var subjectType: String
    @Field(key: "subject_id") var subjectId: UUID
    @OptionalField(key: "reason") var reason: String?
    @Field(key: "at") var at: Date

    init() {}

    init(
        userId: UUID?, actingAs: String, credential: String?, action: String, subjectType: String, subjectId: UUID, reason: String?,
        at: Date
    ) {
        self.userId = userId
        self.actingAs = actingAs
        self.credential = credential
        self.action = action
        self.subjectType = subjectType
        self.subjectId = subjectId
        self.reason = reason
        self.at = at
    }
}
