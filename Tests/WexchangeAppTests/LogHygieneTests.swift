import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Synchronization
import Testing
@testable import WexchangeApp
import WexchangeCore

/// Keeps every log line, at every level, so a test can look for secrets in them.
final class CapturedLog: Sendable {
    let lines = Mutex<[String]>([])

    struct Handler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(
            level: Logger.Level, message: Logger.Message, metadata extra: Logger.Metadata?, source: String, file: String,
            function: String, line: UInt
        ) {
            let all = metadata.merging(extra ?? [:]) { $1 }
            log.lines.withLock { $0.append("\(level) \(message) \(all)") }
        }
    }

    var logger: Logger {
        var logger = Logger(label: "captured") { _ in Handler(log: self) }
        logger.logLevel = .trace
        return logger
    }
}

@Suite struct LogHygieneTests {
    /// Signing in (right and wrong), changing a password, a reset and an invitation, all logged
    /// at trace level: no password, hash or token appears anywhere.
    @Test func noPasswordsHashesOrTokensReachTheLog() async throws {
        let captured = CapturedLog()
        try await withApp(logger: captured.logger) { app in
            let world = try await TestWorld.build(app)
            let leader = try await world.session(.careersLeader)
            try await app.client { client in
                _ = try await AccountTests.signIn(client, email: TestWorld.email(.student), password: "wrong wrong wrong")
                let signedIn = try await AccountTests.signIn(client, email: TestWorld.email(.student), password: TestWorld.password)
                #expect(signedIn.status == 303)
                try await client.execute(
                    uri: "/account/password", method: .post, headers: leader.formHeaders,
                    body: leader.form([
                        ("current_password", TestWorld.password), ("password", "fresh secret phrase"),
                    ])
                ) { #expect($0.status == .seeOther) }
                try await client.execute(
                    uri: "/password-reset", method: .post, headers: AccountTests.anonymousCookie,
                    body: formBody([(CSRF.field, AccountTests.anonymousCSRF), ("email", TestWorld.email(.assessor))])
                ) { _ in }
                try await client.execute(uri: "/password-reset/wext_" + String(repeating: "9", count: 64), method: .get) {
                    #expect($0.status == .notFound)
                }
            }
        }
        let lines = captured.lines.withLock { $0 }
        #expect(!lines.isEmpty)
        // The capture sees the requests' own log lines (so the checks below can fail), each with its request id.
        let requestLines = lines.filter { $0.contains("request failed") }
        #expect(requestLines.contains { $0.contains("/password-reset/wext_[redacted]") }, "\(requestLines)")
        #expect(!requestLines.isEmpty && requestLines.allSatisfy { $0.contains("hb.request.id") })
        for secret in [TestWorld.password, "fresh secret phrase", "wrong wrong wrong", "$2b$", "$2a$", "wexs_", "wexu_", "wexc_", "wext_9"]
        {
            let leaking = lines.filter { $0.contains(secret) }
            #expect(leaking.isEmpty, "'\(secret)' appears in: \(leaking.prefix(2))")
        }
    }
}
