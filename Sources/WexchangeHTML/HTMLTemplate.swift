/// Markup rendered once from nodes with numbered holes, then filled afresh for each request: a
/// result card is the same on every search but for its link (which carries the search) and its
/// distance. Filling copies the markup between the holes and escapes each value as the node it
/// stands for would have been (text, or an attribute value), so a filled template reads exactly
/// as its nodes would with the values in place, and only nodes make markup, as with
/// `RenderedHTML`.
public struct HTMLTemplate: Sendable {
    enum Kind: Sendable {
        case text
        case attributeValue
        /// The rest of a link after a path on this site: a query string or a fragment only, so a
        /// value can never make the link go elsewhere (`SafeURL` checked the path).
        case linkSuffix
    }

    struct Hole: Sendable {
        /// Where in `bytes` the value goes.
        let offset: Int
        let index: Int
        let kind: Kind
    }

    let bytes: [UInt8]
    let holes: [Hole]

    public init(_ node: Node) {
        var out: [UInt8] = []
        holes = Renderer.render(node, into: &out, collectingHoles: true)
        bytes = out
    }

    /// The template with `values[hole]` in each hole; a missing value fills it with nothing.
    func fill(_ values: [String], into out: inout [UInt8]) {
        var start = 0
        for hole in holes {
            out.append(contentsOf: bytes[start..<hole.offset])
            start = hole.offset
            guard hole.index < values.count else { continue }
            let value = values[hole.index]
            switch hole.kind {
            case .text: HTMLEscaping.appendText(value, to: &out)
            case .attributeValue: HTMLEscaping.appendAttributeValue(value, to: &out)
            case .linkSuffix:
                if value.hasPrefix("?") || value.hasPrefix("#"), SafeURL.isSafe(value) {
                    HTMLEscaping.appendAttributeValue(value, to: &out)
                }
            }
        }
        out.append(contentsOf: bytes[start...])
    }

    /// Whether the filled markup starts with a line feed (see `Renderer.startsWithNewline`).
    func startsWithNewline(_ values: [String]) -> Bool? {
        if let first = holes.first, first.offset == 0 {
            guard first.kind == .text, first.index < values.count, let byte = values[first.index].utf8.first else { return nil }
            return byte == 0x0A || byte == 0x0D
        }
        return bytes.first.map { $0 == 0x0A || $0 == 0x0D }
    }
}

extension Node {
    /// Hole number `index` of an `HTMLTemplate`, for text. Outside a template it renders nothing.
    /// Not for the first text of a `textarea` or `pre`, whose leading line feed the renderer
    /// must know about when the template is made.
    public static func hole(_ index: Int) -> Node { Node(.hole(index, .text, nil)) }

    /// An attribute whose value is hole number `index` of an `HTMLTemplate`.
    public static func attributeHole(_ name: AttributeName, _ index: Int) -> Node { Node(.hole(index, .attributeValue, name)) }

    /// A link to `path` followed by hole number `index`: the search a result card's link carries.
    /// The value must be a query string or a fragment (`?…` or `#…`); anything else is left out.
    public static func href(_ path: SafeURL, suffix index: Int) -> Node {
        Node(.hole(index, .linkSuffix, AttributeName(url: "href"), prefix: path.string))
    }

    /// A template with its holes filled.
    public static func filled(_ template: HTMLTemplate, _ values: [String]) -> Node { Node(.filled(template, values)) }
}
