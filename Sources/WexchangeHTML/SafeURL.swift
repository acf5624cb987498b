/// A URL that may stand in an `href` or `action`: a path on this site (`/…`, `?…`, `#…`) or an
/// absolute `https:`, `http:` or `mailto:` address. Anything else — `javascript:`, `data:`, a
/// scheme-relative `//host`, a path that a browser would read as one (`/\host`), or a URL with
/// spaces or control characters, which browsers strip before reading the scheme — is refused,
/// so a link built from stored or sent data can only go where a link may go.
public struct SafeURL: Sendable, Hashable, CustomStringConvertible {
    public let string: String

    public static let allowedSchemes: Set<String> = ["https", "http", "mailto"]

    /// Nil when `string` is not a URL a page may link to.
    public init?(_ string: String) {
        guard Self.isSafe(string) else { return nil }
        self.string = string
    }

    public var description: String { string }

    public static func isSafe(_ string: String) -> Bool {
        let bytes = string.utf8
        guard let first = bytes.first, bytes.count <= 4096 else { return false }
        // Browsers drop tabs and newlines anywhere in a URL and trim spaces and controls at its
        // ends; a URL we link to never needs any of them, so none is accepted. (All are ASCII,
        // so the UTF-8 bytes tell: every byte of a longer character is 0x80 or more.)
        guard !bytes.contains(where: { $0 <= 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") }) else { return false }
        // A query or fragment of this page, checked on every result card's link: no scheme.
        if first == UInt8(ascii: "?") || first == UInt8(ascii: "#") { return true }
        let scheme = string.prefix { $0 != ":" && $0 != "/" && $0 != "?" && $0 != "#" }
        if scheme.count < string.count, string[scheme.endIndex] == ":" {
            guard allowedSchemes.contains(scheme.lowercased()) else { return false }
            let rest = string[string.index(after: scheme.endIndex)...]
            if scheme.lowercased() == "mailto" { return rest.contains("@") }
            // An absolute web address names a host.
            guard rest.hasPrefix("//"), rest.count > 2, !rest.dropFirst(2).hasPrefix("/") else { return false }
            return true
        }
        // Relative: to this site only.
        if string.hasPrefix("//") { return false }
        return string.hasPrefix("/") || string.hasPrefix("?") || string.hasPrefix("#")
    }
}
