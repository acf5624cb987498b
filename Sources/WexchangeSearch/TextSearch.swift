import Foundation

/// How words are compared: case- and accent-insensitive, split on anything not a letter or digit.
public enum TextSearch {
    public static func words(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map(String.init)
    }

    /// Query words, with a plural "s" dropped so that "nurses" finds "nurse" and "nursery".
    public static func queryTerms(_ text: String) -> [String] {
        var seen = Set<String>()
        return words(text).compactMap { word in
            let term = word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
            return seen.insert(term).inserted ? term : nil
        }
    }
}

/// Where a word was found; the weights make title matches count most.
enum TextField: Int, CaseIterable {
    case title, provider, summary, labels, description

    var weight: Int {
        switch self {
        case .title: 8
        case .provider: 4
        case .summary: 3
        case .labels: 2
        case .description: 1
        }
    }
}

/// Interned words: a listing stores small integer ids, and a query term becomes the set of ids of
/// every word it is a prefix of, so matching a listing is a few integer look-ups.
struct Vocabulary: Sendable {
    private(set) var ids: [String: UInt32] = [:]
    private(set) var words: [String] = []

    mutating func intern(_ word: String) -> UInt32 {
        if let id = ids[word] { return id }
        let id = UInt32(words.count)
        ids[word] = id
        words.append(word)
        return id
    }

    /// Ids of the words that start with `term` (terms of one or two letters must match exactly).
    func matching(_ term: String) -> Set<UInt32> {
        if term.count < 3 { return ids[term].map { [$0] } ?? [] }
        var found = Set<UInt32>()
        for (index, word) in words.enumerated() where word.hasPrefix(term) { found.insert(UInt32(index)) }
        return found
    }
}
