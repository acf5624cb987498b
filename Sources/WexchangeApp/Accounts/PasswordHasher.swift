import Foundation
import HummingbirdBcrypt
import NIOPosix

/// bcrypt, run on the blocking thread pool so a sign-in never stalls an event loop.
struct PasswordHasher: Sendable {
    /// 12 in production (about a quarter of a second); tests use the minimum to stay quick.
    let cost: UInt8

    func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// Spends the time a real check would, so that "no such account" and "wrong password" take
    /// as long as each other.
    func verifyNothing(_ password: String) async throws {
        _ = try await verify(password, hash: Self.decoy)
    }

    private static let decoy = Bcrypt.hash("wexchange-decoy-password", cost: 12)
}
