import FluentKit
import Foundation
import Logging

/// Email Wexchange would send: written to the outbox table (a relay delivers it) and, in
/// development, to the log at info level. Messages are plain text: a relay must send them as
/// `text/plain`, so nothing a person typed can become markup in a mail reader. Tokens appear
/// only in the message body, never in log metadata.
struct Outbox: Sendable {
    let logger: Logger
    let logMessages: Bool

    func send(to recipient: String, subject: String, body: String, on db: any Database) async throws {
        try await OutboxMessageModel(recipient: recipient, subject: subject, body: body).create(on: db)
        if logMessages { logger.info("email written to the outbox\nTo: \(recipient)\nSubject: \(subject)\n\n\(body)") }
    }
}
