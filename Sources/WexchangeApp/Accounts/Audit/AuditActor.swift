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
    /// The server itself, lapsing offers whose deadline passed.
    static let offerDeadlines = AuditActor(userId: nil, actingAs: "system", credential: "offer deadlines")
}
