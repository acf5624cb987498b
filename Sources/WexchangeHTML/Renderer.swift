/// A rendered page: the only way to get markup out of nodes, so every page passes the escaping
/// boundary.
public struct HTMLDocument: Sendable {
    public let html: String

    /// `<!DOCTYPE html>` and the `html` element.
    public init(_ root: Node) {
        var out = "<!DOCTYPE html>"
        out.reserveCapacity(16 * 1024)
        Renderer.render(root, into: &out)
        html = out
    }
}

extension Node {
    /// The node's markup on its own (a fragment, for tests and snippets).
    public func render() -> String {
        var out = ""
        Renderer.render(self, into: &out)
        return out
    }
}

enum Renderer {
    static func render(_ node: Node, into out: inout String) {
        var seen: [String] = []
        render(node, into: &out, seen: &seen)
    }

    /// `seen` is scratch space for one element's attribute names, reused from element to element
    /// (a set per element was a tenth of rendering a page).
    private static func render(_ node: Node, into out: inout String, seen: inout [String]) {
        switch node.content {
        case .empty, .attribute:
            // An attribute outside an element has nothing to attach to.
            return
        case .text(let text):
            HTMLEscaping.appendText(text, to: &out)
        case .group(let nodes):
            for node in nodes { render(node, into: &out, seen: &seen) }
        case .rendered(let fragment):
            out.append(fragment.html)
        case .element(let name, let nodes):
            out.append("<")
            out.append(name.name)
            seen.removeAll(keepingCapacity: true)
            appendAttributes(nodes, seen: &seen, into: &out)
            out.append(">")
            if name.isVoid { return }
            if ElementName.dropsLeadingNewline.contains(name.name), startsWithNewline(nodes) { out.append("\n") }
            for node in nodes { renderChild(node, into: &out, seen: &seen) }
            out.append("</")
            out.append(name.name)
            out.append(">")
        }
    }

    /// Children other than attributes (which the element's start tag has taken).
    private static func renderChild(_ node: Node, into out: inout String, seen: inout [String]) {
        switch node.content {
        case .attribute: return
        case .group(let nodes): for node in nodes { renderChild(node, into: &out, seen: &seen) }
        default: render(node, into: &out, seen: &seen)
        }
    }

    /// The element's attributes, from its own nodes and groups among them; the first of a
    /// name wins, so an attribute cannot be given twice.
    private static func appendAttributes(_ nodes: [Node], seen: inout [String], into out: inout String) {
        for node in nodes {
            switch node.content {
            case .attribute(let name, let value):
                guard !seen.contains(name.name) else { continue }
                seen.append(name.name)
                out.append(" ")
                out.append(name.name)
                out.append("=\"")
                HTMLEscaping.appendAttributeValue(value, to: &out)
                out.append("\"")
            case .group(let nodes):
                appendAttributes(nodes, seen: &seen, into: &out)
            default:
                continue
            }
        }
    }

    private static func startsWithNewline(_ nodes: [Node]) -> Bool { firstTextStartsWithNewline(nodes) ?? false }

    /// Whether the first character the element holds is a line feed; nil when it holds none yet.
    private static func firstTextStartsWithNewline(_ nodes: [Node]) -> Bool? {
        for node in nodes {
            switch node.content {
            case .attribute, .empty: continue
            case .text(let text): if !text.isEmpty { return text.utf8.first == 0x0A || text.utf8.first == 0x0D }
            // Markup starts with `<` or with text, escaped: a line feed stays a line feed.
            case .rendered(let fragment):
                if !fragment.html.isEmpty { return fragment.html.utf8.first == 0x0A || fragment.html.utf8.first == 0x0D }
            case .group(let inner): if let answer = firstTextStartsWithNewline(inner) { return answer }
            case .element: return false
            }
        }
        return nil
    }
}
