import Foundation

/// A value that fills a `{name}` in a path: ids as lower-case UUIDs, tokens as they are.
protocol PathParameter: Sendable {
    var pathComponent: String { get }
}

extension UUID: PathParameter {
    var pathComponent: String { uuidString.lowercased() }
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

    init(_ pattern: String) {
        precondition(pattern.components(separatedBy: "{").count == 2, "\(pattern) must have exactly one {parameter}")
        self.pattern = pattern
    }

    func link(_ value: P) -> String {
        pattern.replacingOccurrences(of: #"\{[a-z_]+\}"#, with: value.pathComponent, options: .regularExpression)
    }
}

enum SitePaths {
    /// `?a=1&b=two%20words`, or nothing for no pairs.
    static func queryString(_ query: [(String, String)]) -> String {
        guard !query.isEmpty else { return "" }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return "?" + query.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }
}
