import Foundation

/// How words are compared: case- and accent-insensitive, split on anything not a letter or digit.
public enum TextSearch {
    public static func words(_ text: String) -> [String] {
        asciiWords(text) ?? foldedWords(text)
    }

    /// The general rule: fold case and accents, then split on anything not a letter or digit.
    static func foldedWords(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map(String.init)
    }

    /// The same words for text that is all ASCII (most listings), read byte by byte: folding ASCII
    /// is lower-casing, and its letters and digits are a–z, A–Z and 0–9. Nil when the text has
    /// anything else, for `foldedWords`. (Loading 100,000 listings spent most of its time folding.)
    static func asciiWords(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var word: [UInt8] = []
            for byte in bytes {
                switch byte {
                case 0x80...: return nil
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
                default:
                    if !word.isEmpty {
                        words.append(String(decoding: word, as: UTF8.self))
                        word.removeAll(keepingCapacity: true)
                    }
                }
            }
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
            return words
        }
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

    /// Weights by raw value, for the index's tight loops.
    static let weights: [UInt8] = allCases.map { UInt8($0.weight) }
}

/// Interned words: a listing stores small integer ids; `WordIndex` finds the words a query term
/// begins and the listings that have them.
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

}
