/// A piece of a page: an element, an attribute of the element it is placed in, text, or a group
/// of pieces. Pages are trees of nodes built with the typed helpers in `Node+Elements.swift` and
/// `Node+Attributes.swift`, in the style of Plot: `.p(.class("lead"), .text(summary))`.
///
/// There is no way to put markup into a node: element and attribute names are string literals
/// written in this codebase, and every text and attribute value is escaped by `HTMLEscaping`
/// when the page is rendered. A value from a person or another system is always data.
public struct Node: Sendable {
    indirect enum Content: Sendable {
        case element(ElementName, [Node])
        case attribute(AttributeName, String)
        case text(String)
        case group([Node])
        case rendered(RenderedHTML)
        /// A hole of an `HTMLTemplate`: text, or an attribute's value after `prefix`.
        case hole(Int, HTMLTemplate.Kind, AttributeName?, prefix: String = "")
        case filled(HTMLTemplate, [String])
        case empty
    }

    let content: Content

    init(_ content: Content) { self.content = content }

    /// Nothing: renders no markup (for optional parts of a page).
    public static let empty = Node(.empty)

    /// Text, escaped when rendered.
    public static func text(_ text: String) -> Node { Node(.text(text)) }

    /// Several nodes in place of one.
    public static func group(_ nodes: [Node]) -> Node { Node(.group(nodes)) }
    public static func group(_ nodes: Node...) -> Node { Node(.group(nodes)) }

    /// `node` when `condition` holds, else nothing.
    public static func `if`(_ condition: Bool, _ node: @autoclosure () -> Node, else other: @autoclosure () -> Node = .empty) -> Node {
        condition ? node() : other()
    }

    /// One node per item.
    public static func forEach<S: Sequence>(_ items: S, _ transform: (S.Element) throws -> Node) rethrows -> Node {
        Node(.group(try items.map(transform)))
    }

    /// Any element of HTML by its literal name; prefer the named helpers.
    public static func element(_ name: ElementName, _ nodes: [Node]) -> Node { Node(.element(name, nodes)) }

    /// An attribute that is not one of the named helpers. The name is a literal checked by
    /// `AttributeName`; the value is escaped.
    public static func attribute(_ name: AttributeName, _ value: String) -> Node { Node(.attribute(name, value)) }
}

extension Node: ExpressibleByStringLiteral {
    /// A literal in a view is text: `.p("Nothing matches.")`.
    public init(stringLiteral value: String) { self.init(.text(value)) }
}

extension Node: ExpressibleByStringInterpolation {}

extension Optional where Wrapped == Node {
    /// An absent node renders nothing.
    public var orEmpty: Node { self ?? .empty }
}

/// An element's name: a literal of lower-case letters and digits, written in this codebase.
public struct ElementName: Sendable, Hashable, ExpressibleByStringLiteral {
    public let name: String
    /// Whether the element has no content and no end tag.
    let isVoid: Bool
    /// Whether a parser drops the element's first line feed (a value that begins with one keeps it).
    let dropsLeadingNewline: Bool

    public init(stringLiteral value: StaticString) {
        let name = value.description
        precondition(
            !name.isEmpty && name.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) },
            "element name '\(name)' must be lower-case letters and digits")
        self.name = name
        isVoid = Self.voidNames.contains(name)
        dropsLeadingNewline = Self.newlineDroppingNames.contains(name)
    }

    private static let voidNames: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    private static let newlineDroppingNames: Set<String> = ["textarea", "pre", "listing"]
}

/// An attribute's name: a literal written in this codebase. Names that would turn a value into
/// code or a link (`on…` event handlers, `style`, `srcdoc`, and URL attributes such as `href`,
/// `src` and `action`) are refused here: URLs go through `SafeURL` (`.href`, `.action`), and
/// scripts and styles never come from values.
public struct AttributeName: Sendable, Hashable, ExpressibleByStringLiteral {
    public let name: String

    public init(stringLiteral value: StaticString) {
        let name = value.description
        precondition(Self.isAllowedLiteral(name), "attribute name '\(name)' is not allowed in a view")
        self.name = name
    }

    /// The URL attributes, set only through `SafeURL`.
    init(url name: StaticString) {
        self.name = name.description
    }

    static let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "poster", "cite", "data", "background", "srcset", "xlink:href", "ping", "manifest",
    ]

    public static func isAllowedLiteral(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }) else {
            return false
        }
        return !name.hasPrefix("on") && !["style", "srcdoc"].contains(name) && !urlAttributes.contains(name)
    }
}
