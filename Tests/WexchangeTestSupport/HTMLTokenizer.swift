import Foundation

/// Reads HTML as a browser's tokenizer would (the WHATWG states for data, tags, attributes,
/// comments, RCDATA and raw text), so that tests can see which elements, attributes and text a
/// page really holds, whatever a hostile value tried to inject. Character references are decoded
/// as the browser decodes them (numeric ones and the named ones our pages or payloads use).
public struct ParsedHTML: Sendable {
    public struct Element: Sendable, Equatable {
        public let name: String
        public let attributes: [Attribute]

        public func value(of name: String) -> String? { attributes.first { $0.name == name }?.value }
    }

    public struct Attribute: Sendable, Equatable {
        public let name: String
        public let value: String
    }

    public enum Token: Sendable, Equatable {
        case start(Element)
        case end(String)
        case text(String)
        case comment(String)
        case doctype
    }

    public let tokens: [Token]

    public init(_ html: String) {
        var tokenizer = Tokenizer(html)
        tokens = tokenizer.run()
    }

    public var elements: [Element] { tokens.compactMap { if case .start(let element) = $0 { element } else { nil } } }

    /// Every text the page shows or holds, decoded, joined.
    public var text: String { tokens.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined() }

    /// The shape of the page: element names with their attribute names, in order.
    public var shape: [String] {
        tokens.compactMap { token in
            switch token {
            case .start(let element): "<" + ([element.name] + element.attributes.map(\.name)).joined(separator: " ") + ">"
            case .end(let name): "</\(name)>"
            case .doctype: "<!doctype>"
            case .comment: "<!-- -->"
            case .text: nil
            }
        }
    }

    /// The body rows of the table captioned `caption`, each as its cells' text.
    public func rows(caption: String) -> [[String]] {
        var rows: [[String]] = []
        var inTable = false, inBody = false, inCaption = false, captionText = ""
        var cell: String?
        for token in tokens {
            switch token {
            case .start(let element):
                switch element.name {
                case "table": (inTable, captionText) = (true, "")
                case "caption": inCaption = true
                case "tbody": inBody = inTable && captionText == caption
                case "tr" where inBody: rows.append([])
                case "td" where inBody, "th" where inBody: cell = ""
                default: break
                }
            case .end(let name):
                switch name {
                case "caption": inCaption = false
                case "td", "th":
                    if let text = cell, inBody { rows[rows.count - 1].append(text) }
                    cell = nil
                case "tbody": inBody = false
                case "table": inTable = false
                default: break
                }
            case .text(let text):
                if inCaption { captionText += text } else if cell != nil { cell! += text }
            default: break
            }
        }
        return rows
    }

    /// Every attribute value of every element, decoded.
    public var attributeValues: [String] { elements.flatMap { $0.attributes.map(\.value) } }
}

private struct Tokenizer {
    let chars: [Character]
    var index = 0
    var tokens: [ParsedHTML.Token] = []
    var text = ""

    init(_ html: String) {
        // The parser sees CR LF and CR as LF.
        chars = Array(html.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
    }

    mutating func run() -> [ParsedHTML.Token] {
        while index < chars.count {
            let char = chars[index]
            if char == "<" {
                tagOpen()
            } else if char == "&" {
                text += characterReference(inAttribute: false)
            } else {
                text.append(char)
                index += 1
            }
        }
        flushText()
        return tokens
    }

    private mutating func flushText() {
        if !text.isEmpty { tokens.append(.text(text)) }
        text = ""
    }

    private func peek(_ offset: Int = 0) -> Character? { index + offset < chars.count ? chars[index + offset] : nil }

    private func matches(_ word: String, at position: Int) -> Bool {
        let word = Array(word)
        guard position + word.count <= chars.count else { return false }
        return (0..<word.count).allSatisfy { chars[position + $0].lowercased() == word[$0].lowercased() }
    }

    private mutating func tagOpen() {
        guard let next = peek(1) else { text.append("<"); index += 1; return }
        if next == "!" {
            flushText()
            if matches("<!--", at: index) {
                index += 4
                var body = ""
                while index < chars.count, !matches("-->", at: index) { body.append(chars[index]); index += 1 }
                index = min(chars.count, index + 3)
                tokens.append(.comment(body))
            } else if matches("<!doctype", at: index) {
                while index < chars.count, chars[index] != ">" { index += 1 }
                index += 1
                tokens.append(.doctype)
            } else {
                bogusComment(from: index + 2)
            }
        } else if next == "/" {
            guard let first = peek(2) else { text.append("</"); index += 2; return }
            if first.isASCII, first.isLetter {
                flushText()
                index += 2
                let name = tagName()
                _ = attributes()  // end tags may carry attributes; they are ignored
                tokens.append(.end(name))
            } else if first == ">" {
                index += 3
            } else {
                flushText()
                bogusComment(from: index + 2)
            }
        } else if next == "?" {
            flushText()
            bogusComment(from: index + 1)
        } else if next.isASCII, next.isLetter {
            flushText()
            index += 1
            let name = tagName()
            let attributes = attributes()
            tokens.append(.start(.init(name: name, attributes: attributes)))
            switch name {
            case "title", "textarea": rawText(until: name, decode: true)
            case "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript": rawText(until: name, decode: false)
            case "plaintext": rawText(until: nil, decode: false)
            default: break
            }
        } else {
            text.append("<")
            index += 1
        }
    }

    private mutating func bogusComment(from position: Int) {
        index = position
        var body = ""
        while index < chars.count, chars[index] != ">" { body.append(chars[index]); index += 1 }
        index += 1
        tokens.append(.comment(body))
    }

    private mutating func tagName() -> String {
        var name = ""
        while let char = peek(), !char.isWhitespace, char != "/", char != ">" { name += char.lowercased(); index += 1 }
        return name
    }

    /// From after the tag name to after the closing `>`.
    private mutating func attributes() -> [ParsedHTML.Attribute] {
        var result: [ParsedHTML.Attribute] = []
        var seen: Set<String> = []
        while let char = peek() {
            if char.isWhitespace || char == "/" { index += 1; continue }
            if char == ">" { index += 1; return result }
            var name = String(char).lowercased()
            index += 1
            while let next = peek(), !next.isWhitespace, next != "/", next != ">", next != "=" { name += next.lowercased(); index += 1 }
            while let next = peek(), next.isWhitespace { index += 1 }
            var value = ""
            if peek() == "=" {
                index += 1
                while let next = peek(), next.isWhitespace { index += 1 }
                if let quote = peek(), quote == "\"" || quote == "'" {
                    index += 1
                    while let next = peek(), next != quote {
                        if next == "&" { value += characterReference(inAttribute: true) } else { value.append(next); index += 1 }
                    }
                    index += 1
                } else {
                    while let next = peek(), !next.isWhitespace, next != ">" {
                        if next == "&" { value += characterReference(inAttribute: true) } else { value.append(next); index += 1 }
                    }
                }
            }
            // A repeated attribute is dropped, as browsers drop it.
            if seen.insert(name).inserted { result.append(.init(name: name, value: value)) }
        }
        return result
    }

    /// RCDATA (`title`, `textarea`: references decoded) and raw text: everything up to `</name`.
    private mutating func rawText(until name: String?, decode: Bool) {
        // A parser drops the first line feed of a textarea (and pre, handled by the tree builder).
        if name == "textarea", peek() == "\n" { index += 1 }
        var body = ""
        while index < chars.count {
            if let name, matches("</" + name, at: index),
                let after = index + 2 + name.count < chars.count ? chars[index + 2 + name.count] : nil,
                after.isWhitespace || after == "/" || after == ">"
            {
                break
            }
            if decode, chars[index] == "&" { body += characterReference(inAttribute: false) } else { body.append(chars[index]); index += 1 }
        }
        if !body.isEmpty { tokens.append(.text(body)) }
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "copy": "©", "ndash": "–", "mdash": "—",
        "hellip": "…", "middot": "·", "pound": "£",
    ]

    /// At `&`: the decoded reference, or `&` itself.
    private mutating func characterReference(inAttribute: Bool) -> String {
        index += 1
        if peek() == "#" {
            var position = index + 1
            let hex = position < chars.count && (chars[position] == "x" || chars[position] == "X")
            if hex { position += 1 }
            var digits = ""
            while position < chars.count, hex ? chars[position].isHexDigit : chars[position].isNumber {
                digits.append(chars[position]); position += 1
            }
            guard !digits.isEmpty, let code = UInt32(digits, radix: hex ? 16 : 10) else { return "&" }
            if position < chars.count, chars[position] == ";" { position += 1 }
            index = position
            return String(Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}")
        }
        var name = ""
        var position = index
        while position < chars.count, chars[position].isASCII, chars[position].isLetter || chars[position].isNumber {
            name.append(chars[position])
            position += 1
        }
        let terminated = position < chars.count && chars[position] == ";"
        guard let decoded = Self.named[name], terminated || !inAttribute else { return "&" }
        index = terminated ? position + 1 : position
        return decoded
    }
}
