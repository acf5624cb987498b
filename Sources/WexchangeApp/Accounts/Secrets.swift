import Crypto
import Foundation

/// Random secrets (API keys, session and one-time tokens) and how they are kept: only a SHA-256
/// hash is stored, so a copy of the database cannot be replayed. Each kind has its own prefix so
/// a leaked one is recognisable (and a key scanner can find it).
enum Secret {
    enum Kind: String {
        case providerKey = "wex_"
        case personalToken = "wexu_"
        case session = "wexs_"
        case oneTime = "wext_"
        case csrf = "wexc_"
        /// A private calendar link's key (in its URL, so it is redacted from logs).
        case calendar = "wexcal_"
    }

    static func generate(_ kind: Kind) -> String {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        return kind.rawValue + hex(bytes)
    }

    static func hash(_ secret: String) -> String {
        hex(Array(SHA256.hash(data: Data(secret.utf8))))
    }

    /// Whether `secret` looks like one of this kind, before any look-up is spent on it.
    static func isPlausible(_ secret: String, _ kind: Kind) -> Bool {
        secret.hasPrefix(kind.rawValue) && secret.utf8.count == kind.rawValue.utf8.count + 64
    }

    /// Compares two secrets in time that depends only on their lengths.
    static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func hex(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
