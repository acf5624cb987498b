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
    public static func appendText(_ text: String, to out: inout String) {
        append(text, to: &out, quotes: false)
    }

    public static func appendAttributeValue(_ value: String, to out: inout String) {
        append(value, to: &out, quotes: true)
    }

    public static func text(_ text: String) -> String {
        var out = ""
        appendText(text, to: &out)
        return out
    }

    public static func attributeValue(_ value: String) -> String {
        var out = ""
        appendAttributeValue(value, to: &out)
        return out
    }

    private static func needsEscape(_ byte: UInt8, quotes: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"): true
        case UInt8(ascii: "\""), UInt8(ascii: "'"): quotes
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): false
        case 0..<0x20: true
        default: false
        }
    }

    private static func append(_ text: String, to out: inout String, quotes: Bool) {
        // Most values need nothing: copy them whole.
        guard text.utf8.contains(where: { needsEscape($0, quotes: quotes) }) else {
            out.append(text)
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append("&amp;")
            case "<": out.append("&lt;")
            case ">": out.append("&gt;")
            case "\"" where quotes: out.append("&quot;")
            case "'" where quotes: out.append("&#39;")
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20: out.append("\u{FFFD}")
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
