import Foundation

/// A value that fills a `{name}` in a path: ids as lower-case UUIDs, tokens as they are.
protocol PathParameter: Sendable {
    var pathComponent: String { get }
}

extension UUID: PathParameter {
    /// A page of results links to twenty listings: `hex` is cheaper than `uuidString`.
    var pathComponent: String { hex(uppercase: false) }
}

extension String: PathParameter {
    var pathComponent: String { addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? "" }
}

/// What every typed path has: the pattern it is registered under (`/opportunities/{id}`, as
/// OpenAPI writes it). The same pattern builds its links, so a link cannot point at a path that
/// is not registered, and renaming a route renames every link to it.
protocol SitePattern: Sendable {
    var pattern: String { get }
}

/// A path without parameters.
struct SitePath: SitePattern {
    let pattern: String

    init(_ pattern: String) { self.pattern = pattern }

    var link: String { pattern }

    /// The link with a query string (values percent-encoded).
    func link(query: [(String, String)]) -> String { pattern + SitePaths.queryString(query) }
}

/// A path with one parameter.
struct SitePath1<P: PathParameter>: SitePattern {
    let pattern: String
    /// The pattern before and after its `{parameter}`, split once: links are joined, not searched.
    private let before: String, after: String

    init(_ pattern: String) {
        let parts = pattern.split(separator: "{", omittingEmptySubsequences: false)
        precondition(parts.count == 2, "\(pattern) must have exactly one {parameter}")
        let rest = parts[1].split(separator: "}", maxSplits: 1, omittingEmptySubsequences: false)
        precondition(rest.count == 2, "\(pattern) must close its {parameter}")
        self.pattern = pattern
        before = String(parts[0])
        after = String(rest[1])
    }

    func link(_ value: P) -> String { before + value.pathComponent + after }
}

/// A path with two parameters (`/api/v1/rounds/{id}/pledges/{opportunity}`).
struct SitePath2<P: PathParameter, Q: PathParameter>: SitePattern {
    let pattern: String
    /// The text before the first parameter, between the two, and after the second.
    private let pieces: [String]

    init(_ pattern: String) {
        var pieces: [String] = []
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            pieces.append(String(rest[..<open]))
            guard let close = rest[open...].firstIndex(of: "}") else { preconditionFailure("\(pattern) must close its {parameter}") }
            rest = rest[rest.index(after: close)...]
        }
        pieces.append(String(rest))
        precondition(pieces.count == 3, "\(pattern) must have exactly two {parameters}")
        self.pattern = pattern
        self.pieces = pieces
    }

    func link(_ first: P, _ second: Q) -> String { pieces[0] + first.pathComponent + pieces[1] + second.pathComponent + pieces[2] }
}

enum SitePaths {
    /// `?a=1&b=two%20words`, or nothing for no pairs.
    static func queryString(_ query: [(String, String)]) -> String {
        guard !query.isEmpty else { return "" }
        var out: [UInt8] = [UInt8(ascii: "?")]
        for (index, (name, value)) in query.enumerated() {
            if index > 0 { out.append(UInt8(ascii: "&")) }
            out.append(contentsOf: name.utf8)
            out.append(UInt8(ascii: "="))
            // RFC 3986's unreserved characters as they are, every other byte as %XX.
            for byte in value.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                    UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                    out.append(byte)
                default:
                    out.append(UInt8(ascii: "%"))
                    out.append(Hex.upper[Int(byte >> 4)])
                    out.append(Hex.upper[Int(byte & 0xF)])
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let upperHexDigits = Array("0123456789ABCDEF".utf8)
}
