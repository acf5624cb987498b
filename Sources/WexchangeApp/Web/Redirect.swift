import Foundation
import Hummingbird
import WexchangeHTML

/// Where a browser may be sent back to after signing in (`Response.redirect` sends it).
enum Redirect {
    /// Only a path on this site, so a crafted link cannot send someone elsewhere after sign-in:
    /// it must start with one `/` and pass `SafeURL` (no scheme, no `//host`, no backslash, no
    /// space or control character, which browsers strip before reading the URL).
    static func safeNext(_ next: String?) -> String? {
        guard let next, next.hasPrefix("/"), next.utf8.count < 500, SafeURL.isSafe(next) else { return nil }
        return next
    }
}
