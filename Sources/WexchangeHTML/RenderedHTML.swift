/// Markup rendered once from nodes and kept, for the parts of pages that stay the same from one
/// request to the next (the layout's header and footer for readers who are not signed in, a
/// listing's card): placing it in a page copies it instead of building and escaping it again.
/// Only nodes make it, so everything in it passed `HTMLEscaping`; attributes at its top level
/// render nothing, as they would outside an element.
public struct RenderedHTML: Sendable, Hashable {
    let bytes: [UInt8]

    public init(_ node: Node) { bytes = node.renderedBytes() }
}

extension Node {
    /// A fragment rendered before, in place.
    public static func rendered(_ fragment: RenderedHTML) -> Node { Node(.rendered(fragment)) }
}
