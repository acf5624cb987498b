import Foundation
import Hummingbird

/// An `application/x-www-form-urlencoded` body, as HTML forms post it.
struct FormBody: Sendable {
    static let maxSize = 256 * 1024
    let pairs: [(String, String)]

    /// Reads the body once; the request keeps the collected bytes, so the handler can read it again.
    static func read(_ request: inout Request) async throws -> FormBody {
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maxSize)
        } catch {
            throw AppError(.contentTooLarge, code: "body_too_large", message: "the form is over \(maxSize / 1024) KB")
        }
        let text = String(buffer: buffer)
        guard !text.isEmpty else { return FormBody(pairs: []) }
        return FormBody(
            pairs: text.split(separator: "&").map { pair in
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                return (Request.formDecode(parts[0]), parts.count > 1 ? Request.formDecode(parts[1]) : "")
            })
    }

    subscript(_ name: String) -> String? { pairs.last { $0.0 == name }?.1 }

    func all(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }
}
