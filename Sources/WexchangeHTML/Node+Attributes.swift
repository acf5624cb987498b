/// Named helpers for the attributes pages use. Values are plain strings, escaped when the page
/// is rendered; a nil value leaves the attribute out.
extension Node {
    // MARK: Links: only URLs that `SafeURL` accepts

    /// A link target. A URL that is not a path on this site or an http(s)/mailto address is left
    /// out (the element is then not a link), so stored or sent data can never make a
    /// `javascript:` link.
    public static func href(_ url: String?) -> Node { url.flatMap(SafeURL.init).map(href) ?? .empty }
    public static func href(_ url: SafeURL) -> Node { Node(.attribute(AttributeName(url: "href"), url.string)) }
    /// Where a form is sent, under the same rule as `href`.
    public static func action(_ url: String) -> Node {
        SafeURL(url).map { Node(.attribute(AttributeName(url: "action"), $0.string)) } ?? .empty
    }

    // MARK: Common attributes

    public static func id(_ value: String?) -> Node { optional(.id, value) }
    public static func `class`(_ value: String?) -> Node { optional(.`class`, value) }
    public static func name(_ value: String?) -> Node { optional(.name, value) }
    /// A control's value; an empty value is kept (an empty option means "no filter").
    public static func value(_ value: String?) -> Node { optional(.value, value) }
    public static func type(_ value: String) -> Node { .attribute(.type, value) }
    public static func `for`(_ id: String) -> Node { .attribute(.`for`, id) }
    public static func method(_ value: String) -> Node { .attribute(.method, value) }
    public static func rel(_ value: String) -> Node { .attribute(.rel, value) }
    public static func role(_ value: String) -> Node { .attribute(.role, value) }
    public static func lang(_ value: String) -> Node { .attribute(.lang, value) }
    public static func charset(_ value: String) -> Node { .attribute(.charset, value) }
    public static func content(_ value: String) -> Node { .attribute(.content, value) }
    public static func tabindex(_ value: Int) -> Node { .attribute(.tabindex, String(value)) }
    public static func autocomplete(_ value: String?) -> Node { optional(.autocomplete, value) }
    public static func inputmode(_ value: String?) -> Node { optional(.inputmode, value) }
    public static func rows(_ value: Int) -> Node { .attribute(.rows, String(value)) }
    public static func size(_ value: Int) -> Node { .attribute(.size, String(value)) }
    public static func maxlength(_ value: Int) -> Node { .attribute(.maxlength, String(value)) }
    public static func scope(_ value: String) -> Node { .attribute(.scope, value) }
    /// `data-label`: a table cell's column heading, shown beside it when the table is stacked on
    /// a narrow screen.
    public static func dataLabel(_ value: String) -> Node { .attribute(.dataLabel, value) }
    public static func spellcheck(_ value: Bool) -> Node { .attribute(.spellcheck, value ? "true" : "false") }

    // MARK: Flags: present or absent

    public static func checked(_ on: Bool) -> Node { flag(.checked, on) }
    public static func selected(_ on: Bool) -> Node { flag(.selected, on) }
    public static func required(_ on: Bool = true) -> Node { flag(.required, on) }
    public static func disabled(_ on: Bool = true) -> Node { flag(.disabled, on) }
    public static func readonly(_ on: Bool = true) -> Node { flag(.readonly, on) }
    public static func novalidate(_ on: Bool = true) -> Node { flag(.novalidate, on) }
    public static func open(_ on: Bool = true) -> Node { flag(.open, on) }
    /// Focus on load: the error summary takes it, so keyboard and screen-reader users start there.
    public static func autofocus(_ on: Bool = true) -> Node { flag(.autofocus, on) }

    // MARK: Accessibility

    public static func ariaLabel(_ value: String?) -> Node { optional(.ariaLabel, value) }
    public static func ariaLabelledBy(_ ids: String?) -> Node { optional(.ariaLabelledby, ids) }
    public static func ariaDescribedBy(_ ids: String?) -> Node { optional(.ariaDescribedby, ids) }
    public static func ariaInvalid(_ on: Bool) -> Node { on ? .attribute(.ariaInvalid, "true") : .empty }
    public static func ariaCurrent(_ value: String?) -> Node { optional(.ariaCurrent, value) }
    public static func ariaLive(_ value: String) -> Node { .attribute(.ariaLive, value) }
    public static func ariaHidden(_ on: Bool = true) -> Node { on ? .attribute(.ariaHidden, "true") : .empty }

    private static func optional(_ name: AttributeName, _ value: String?) -> Node { value.map { .attribute(name, $0) } ?? .empty }
    private static func flag(_ name: AttributeName, _ on: Bool) -> Node { on ? .attribute(name, name.name) : .empty }
}

/// The named helpers' attribute names, made (and checked) once, not on every use.
extension AttributeName {
    static let ariaCurrent: AttributeName = "aria-current"
    static let ariaDescribedby: AttributeName = "aria-describedby"
    static let ariaHidden: AttributeName = "aria-hidden"
    static let ariaInvalid: AttributeName = "aria-invalid"
    static let ariaLabel: AttributeName = "aria-label"
    static let ariaLabelledby: AttributeName = "aria-labelledby"
    static let ariaLive: AttributeName = "aria-live"
    static let autocomplete: AttributeName = "autocomplete"
    static let autofocus: AttributeName = "autofocus"
    static let charset: AttributeName = "charset"
    static let checked: AttributeName = "checked"
    static let `class`: AttributeName = "class"
    static let content: AttributeName = "content"
    static let dataLabel: AttributeName = "data-label"
    static let disabled: AttributeName = "disabled"
    static let readonly: AttributeName = "readonly"
    static let `for`: AttributeName = "for"
    static let id: AttributeName = "id"
    static let inputmode: AttributeName = "inputmode"
    static let lang: AttributeName = "lang"
    static let maxlength: AttributeName = "maxlength"
    static let method: AttributeName = "method"
    static let name: AttributeName = "name"
    static let novalidate: AttributeName = "novalidate"
    static let open: AttributeName = "open"
    static let rel: AttributeName = "rel"
    static let required: AttributeName = "required"
    static let role: AttributeName = "role"
    static let rows: AttributeName = "rows"
    static let scope: AttributeName = "scope"
    static let selected: AttributeName = "selected"
    static let size: AttributeName = "size"
    static let spellcheck: AttributeName = "spellcheck"
    static let tabindex: AttributeName = "tabindex"
    static let type: AttributeName = "type"
    static let value: AttributeName = "value"
}
