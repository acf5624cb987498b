import FluentKit
import Foundation

extension Identity {
    var auditActor: AuditActor { AuditActor(userId: userId, actingAs: role.rawValue, credential: credentialDescription) }
}
