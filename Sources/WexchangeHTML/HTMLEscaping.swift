/// The one place where text becomes HTML. Every text node and every attribute value of every
/// page passes through here when the page is rendered; nothing else writes markup.
///
/// - Text: `&`, `<` and `>` become references, so text can never open a tag, close the
///   `<title>` or `<textarea>` it sits in, or be read as a character reference (`&amp;` typed by
///   a person shows as `&amp;`, not `&`).
/// - Attribute values (always written in double quotes): also `"` and `'`, so a value can never
///   end its attribute.
/// - Both: NUL and the other C0 controls but tab, line feed and carriage return (which HTML parsers
///   would replace or reject) become U+FFFD, the character the browser would show anyway.
public enum HTMLEscaping {
    public static func text(_ text: String) -> String {
        var out: [UInt8] = []
        appendText(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    public static func attributeValue(_ value: String) -> String {
        var out: [UInt8] = []
        appendAttributeValue(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendText(_ text: String, to out: inout [UInt8]) {
        append(text, to: &out, quotes: false)
    }

    static func appendAttributeValue(_ value: String, to out: inout [UInt8]) {
        append(value, to: &out, quotes: true)
    }

    /// Byte by byte: every character that needs a reference is ASCII, so the bytes between them
    /// are copied whole, and a value that needs nothing (most of them) in one go.
    private static func append(_ text: String, to out: inout [UInt8], quotes: Bool) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                let replacement: StaticString
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\"") where quotes: replacement = "&quot;"
                case UInt8(ascii: "'") where quotes: replacement = "&#39;"
                case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): continue
                // NUL and the other C0 controls: U+FFFD, as a browser would show them.
                case 0..<0x20: replacement = "\u{FFFD}"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}
