/// A rendered page: the only way to get markup out of nodes, so every page passes the escaping
/// boundary.
public struct HTMLDocument: Sendable {
    /// The page as UTF-8, as it is sent.
    public let bytes: [UInt8]

    /// `<!DOCTYPE html>` and the `html` element.
    public init(_ root: Node) {
        var out: [UInt8] = []
        out.reserveCapacity(64 * 1024)
        out.append(contentsOf: "<!DOCTYPE html>".utf8)
        Renderer.render(root, into: &out)
        bytes = out
    }

    public var html: String { String(decoding: bytes, as: UTF8.self) }
}

extension Node {
    /// The node's markup on its own (a fragment, for tests and snippets).
    public func render() -> String { String(decoding: renderedBytes(), as: UTF8.self) }

    func renderedBytes() -> [UInt8] {
        var out: [UInt8] = []
        Renderer.render(self, into: &out)
        return out
    }
}

enum Renderer {
    static func render(_ node: Node, into out: inout [UInt8]) {
        _ = render(node, into: &out, collectingHoles: false)
    }

    /// Renders `node`; with `collectingHoles`, template holes are noted (where they are in
    /// `out`) instead of rendering nothing.
    static func render(_ node: Node, into out: inout [UInt8], collectingHoles: Bool) -> [HTMLTemplate.Hole] {
        var state = State(collectsHoles: collectingHoles)
        render(node, into: &out, state: &state)
        return state.holes
    }

    struct State {
        /// Scratch space for one element's attribute names, reused from element to element (a
        /// set per element was a tenth of rendering a page).
        var seen: [String] = []
        let collectsHoles: Bool
        var holes: [HTMLTemplate.Hole] = []

        init(collectsHoles: Bool) { self.collectsHoles = collectsHoles }
    }

    private static func render(_ node: Node, into out: inout [UInt8], state: inout State) {
        switch node.content {
        case .empty, .attribute:
            // An attribute outside an element has nothing to attach to.
            return
        case .text(let text):
            HTMLEscaping.appendText(text, to: &out)
        case .group(let nodes):
            for node in nodes { render(node, into: &out, state: &state) }
        case .rendered(let fragment):
            out.append(contentsOf: fragment.bytes)
        case .filled(let template, let values):
            template.fill(values, into: &out)
        case .hole(let index, let kind, let attribute, _):
            // An attribute hole outside an element, like an attribute, has nothing to attach to.
            guard state.collectsHoles, attribute == nil else { return }
            state.holes.append(.init(offset: out.count, index: index, kind: kind))
        case .element(let name, let nodes):
            out.append(UInt8(ascii: "<"))
            out.append(contentsOf: name.name.utf8)
            state.seen.removeAll(keepingCapacity: true)
            appendAttributes(nodes, state: &state, into: &out)
            out.append(UInt8(ascii: ">"))
            if name.isVoid { return }
            if name.dropsLeadingNewline, startsWithNewline(nodes) { out.append(UInt8(ascii: "\n")) }
            for node in nodes { renderChild(node, into: &out, state: &state) }
            out.append(contentsOf: "</".utf8)
            out.append(contentsOf: name.name.utf8)
            out.append(UInt8(ascii: ">"))
        }
    }

    /// Children other than attributes (which the element's start tag has taken).
    private static func renderChild(_ node: Node, into out: inout [UInt8], state: inout State) {
        switch node.content {
        case .attribute: return
        case .hole(_, _, .some, _): return
        case .group(let nodes): for node in nodes { renderChild(node, into: &out, state: &state) }
        default: render(node, into: &out, state: &state)
        }
    }

    /// The element's attributes, from its own nodes and groups among them; the first of a
    /// name wins, so an attribute cannot be given twice.
    private static func appendAttributes(_ nodes: [Node], state: inout State, into out: inout [UInt8]) {
        for node in nodes {
            switch node.content {
            case .attribute(let name, let value):
                guard startAttribute(name, state: &state, into: &out) else { continue }
                HTMLEscaping.appendAttributeValue(value, to: &out)
                out.append(UInt8(ascii: "\""))
            case .hole(let index, let kind, .some(let name), let prefix):
                // Outside a template the attribute is left out, as a nil value would be.
                guard state.collectsHoles, startAttribute(name, state: &state, into: &out) else { continue }
                HTMLEscaping.appendAttributeValue(prefix, to: &out)
                state.holes.append(.init(offset: out.count, index: index, kind: kind))
                out.append(UInt8(ascii: "\""))
            case .group(let nodes):
                appendAttributes(nodes, state: &state, into: &out)
            default:
                continue
            }
        }
    }

    /// ` name="`, unless the element already has the attribute.
    private static func startAttribute(_ name: AttributeName, state: inout State, into out: inout [UInt8]) -> Bool {
        guard !state.seen.contains(name.name) else { return false }
        state.seen.append(name.name)
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: name.name.utf8)
        out.append(contentsOf: "=\"".utf8)
        return true
    }

    private static func startsWithNewline(_ nodes: [Node]) -> Bool { firstTextStartsWithNewline(nodes) ?? false }

    /// Whether the first character the element holds is a line feed; nil when it holds none yet.
    private static func firstTextStartsWithNewline(_ nodes: [Node]) -> Bool? {
        for node in nodes {
            switch node.content {
            case .attribute, .empty, .hole: continue
            case .text(let text): if !text.isEmpty { return text.utf8.first == 0x0A || text.utf8.first == 0x0D }
            // Markup starts with `<` or with text, escaped: a line feed stays a line feed.
            case .rendered(let fragment):
                if let first = fragment.bytes.first { return first == 0x0A || first == 0x0D }
            case .filled(let template, let values): if let answer = template.startsWithNewline(values) { return answer }
            case .group(let inner): if let answer = firstTextStartsWithNewline(inner) { return answer }
            case .element: return false
            }
        }
        return nil
    }
}
