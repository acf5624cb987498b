import Foundation
import Hummingbird

public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// Request bodies are JSON listings or feeds of up to 5,000 listings.
    public var maxUploadSize: Int { 32 * 1024 * 1024 }
}

extension Request {
    /// Query-string pairs in order, repeats kept, `+` read as a space (as HTML forms send it).
    var queryPairs: [(String, String)] {
        guard let query = uri.query, !query.isEmpty else { return [] }
        return query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                let spaced = text.contains("+") ? text.replacingOccurrences(of: "+", with: " ") : String(text)
                return spaced.contains("%") ? spaced.removingPercentEncoding ?? spaced : spaced
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    func queryValue(_ name: String) -> String? { queryPairs.last { $0.0 == name }?.1 }
}
