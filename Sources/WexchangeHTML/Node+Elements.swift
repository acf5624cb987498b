/// Named helpers for the elements pages use. Each takes the element's attributes and content
/// as nodes, in any order: `.a(.href(link), .text(title))`.
extension Node {
    public static func a(_ nodes: Node...) -> Node { Node(.element(.a, nodes)) }
    public static func a(_ nodes: [Node]) -> Node { Node(.element(.a, nodes)) }
    public static func html(_ nodes: Node...) -> Node { Node(.element(.html, nodes)) }
    public static func html(_ nodes: [Node]) -> Node { Node(.element(.html, nodes)) }
    public static func head(_ nodes: Node...) -> Node { Node(.element(.head, nodes)) }
    public static func head(_ nodes: [Node]) -> Node { Node(.element(.head, nodes)) }
    public static func body(_ nodes: Node...) -> Node { Node(.element(.body, nodes)) }
    public static func body(_ nodes: [Node]) -> Node { Node(.element(.body, nodes)) }
    public static func title(_ nodes: Node...) -> Node { Node(.element(.title, nodes)) }
    public static func title(_ nodes: [Node]) -> Node { Node(.element(.title, nodes)) }
    public static func meta(_ nodes: Node...) -> Node { Node(.element(.meta, nodes)) }
    public static func meta(_ nodes: [Node]) -> Node { Node(.element(.meta, nodes)) }
    public static func link(_ nodes: Node...) -> Node { Node(.element(.link, nodes)) }
    public static func link(_ nodes: [Node]) -> Node { Node(.element(.link, nodes)) }
    public static func header(_ nodes: Node...) -> Node { Node(.element(.header, nodes)) }
    public static func header(_ nodes: [Node]) -> Node { Node(.element(.header, nodes)) }
    public static func footer(_ nodes: Node...) -> Node { Node(.element(.footer, nodes)) }
    public static func footer(_ nodes: [Node]) -> Node { Node(.element(.footer, nodes)) }
    public static func main(_ nodes: Node...) -> Node { Node(.element(.main, nodes)) }
    public static func main(_ nodes: [Node]) -> Node { Node(.element(.main, nodes)) }
    public static func nav(_ nodes: Node...) -> Node { Node(.element(.nav, nodes)) }
    public static func nav(_ nodes: [Node]) -> Node { Node(.element(.nav, nodes)) }
    public static func section(_ nodes: Node...) -> Node { Node(.element(.section, nodes)) }
    public static func section(_ nodes: [Node]) -> Node { Node(.element(.section, nodes)) }
    public static func article(_ nodes: Node...) -> Node { Node(.element(.article, nodes)) }
    public static func article(_ nodes: [Node]) -> Node { Node(.element(.article, nodes)) }
    public static func aside(_ nodes: Node...) -> Node { Node(.element(.aside, nodes)) }
    public static func aside(_ nodes: [Node]) -> Node { Node(.element(.aside, nodes)) }
    public static func div(_ nodes: Node...) -> Node { Node(.element(.div, nodes)) }
    public static func div(_ nodes: [Node]) -> Node { Node(.element(.div, nodes)) }
    public static func span(_ nodes: Node...) -> Node { Node(.element(.span, nodes)) }
    public static func span(_ nodes: [Node]) -> Node { Node(.element(.span, nodes)) }
    public static func p(_ nodes: Node...) -> Node { Node(.element(.p, nodes)) }
    public static func p(_ nodes: [Node]) -> Node { Node(.element(.p, nodes)) }
    public static func h1(_ nodes: Node...) -> Node { Node(.element(.h1, nodes)) }
    public static func h1(_ nodes: [Node]) -> Node { Node(.element(.h1, nodes)) }
    public static func h2(_ nodes: Node...) -> Node { Node(.element(.h2, nodes)) }
    public static func h2(_ nodes: [Node]) -> Node { Node(.element(.h2, nodes)) }
    public static func h3(_ nodes: Node...) -> Node { Node(.element(.h3, nodes)) }
    public static func h3(_ nodes: [Node]) -> Node { Node(.element(.h3, nodes)) }
    public static func h4(_ nodes: Node...) -> Node { Node(.element(.h4, nodes)) }
    public static func h4(_ nodes: [Node]) -> Node { Node(.element(.h4, nodes)) }
    public static func ul(_ nodes: Node...) -> Node { Node(.element(.ul, nodes)) }
    public static func ul(_ nodes: [Node]) -> Node { Node(.element(.ul, nodes)) }
    public static func ol(_ nodes: Node...) -> Node { Node(.element(.ol, nodes)) }
    public static func ol(_ nodes: [Node]) -> Node { Node(.element(.ol, nodes)) }
    public static func li(_ nodes: Node...) -> Node { Node(.element(.li, nodes)) }
    public static func li(_ nodes: [Node]) -> Node { Node(.element(.li, nodes)) }
    public static func dl(_ nodes: Node...) -> Node { Node(.element(.dl, nodes)) }
    public static func dl(_ nodes: [Node]) -> Node { Node(.element(.dl, nodes)) }
    public static func dt(_ nodes: Node...) -> Node { Node(.element(.dt, nodes)) }
    public static func dt(_ nodes: [Node]) -> Node { Node(.element(.dt, nodes)) }
    public static func dd(_ nodes: Node...) -> Node { Node(.element(.dd, nodes)) }
    public static func dd(_ nodes: [Node]) -> Node { Node(.element(.dd, nodes)) }
    public static func strong(_ nodes: Node...) -> Node { Node(.element(.strong, nodes)) }
    public static func strong(_ nodes: [Node]) -> Node { Node(.element(.strong, nodes)) }
    public static func em(_ nodes: Node...) -> Node { Node(.element(.em, nodes)) }
    public static func em(_ nodes: [Node]) -> Node { Node(.element(.em, nodes)) }
    public static func code(_ nodes: Node...) -> Node { Node(.element(.code, nodes)) }
    public static func code(_ nodes: [Node]) -> Node { Node(.element(.code, nodes)) }
    public static func pre(_ nodes: Node...) -> Node { Node(.element(.pre, nodes)) }
    public static func pre(_ nodes: [Node]) -> Node { Node(.element(.pre, nodes)) }
    public static func small(_ nodes: Node...) -> Node { Node(.element(.small, nodes)) }
    public static func small(_ nodes: [Node]) -> Node { Node(.element(.small, nodes)) }
    public static func blockquote(_ nodes: Node...) -> Node { Node(.element(.blockquote, nodes)) }
    public static func blockquote(_ nodes: [Node]) -> Node { Node(.element(.blockquote, nodes)) }
    public static func table(_ nodes: Node...) -> Node { Node(.element(.table, nodes)) }
    public static func table(_ nodes: [Node]) -> Node { Node(.element(.table, nodes)) }
    public static func caption(_ nodes: Node...) -> Node { Node(.element(.caption, nodes)) }
    public static func caption(_ nodes: [Node]) -> Node { Node(.element(.caption, nodes)) }
    public static func thead(_ nodes: Node...) -> Node { Node(.element(.thead, nodes)) }
    public static func thead(_ nodes: [Node]) -> Node { Node(.element(.thead, nodes)) }
    public static func tbody(_ nodes: Node...) -> Node { Node(.element(.tbody, nodes)) }
    public static func tbody(_ nodes: [Node]) -> Node { Node(.element(.tbody, nodes)) }
    public static func tr(_ nodes: Node...) -> Node { Node(.element(.tr, nodes)) }
    public static func tr(_ nodes: [Node]) -> Node { Node(.element(.tr, nodes)) }
    public static func th(_ nodes: Node...) -> Node { Node(.element(.th, nodes)) }
    public static func th(_ nodes: [Node]) -> Node { Node(.element(.th, nodes)) }
    public static func td(_ nodes: Node...) -> Node { Node(.element(.td, nodes)) }
    public static func td(_ nodes: [Node]) -> Node { Node(.element(.td, nodes)) }
    public static func form(_ nodes: Node...) -> Node { Node(.element(.form, nodes)) }
    public static func form(_ nodes: [Node]) -> Node { Node(.element(.form, nodes)) }
    public static func fieldset(_ nodes: Node...) -> Node { Node(.element(.fieldset, nodes)) }
    public static func fieldset(_ nodes: [Node]) -> Node { Node(.element(.fieldset, nodes)) }
    public static func legend(_ nodes: Node...) -> Node { Node(.element(.legend, nodes)) }
    public static func legend(_ nodes: [Node]) -> Node { Node(.element(.legend, nodes)) }
    public static func label(_ nodes: Node...) -> Node { Node(.element(.label, nodes)) }
    public static func label(_ nodes: [Node]) -> Node { Node(.element(.label, nodes)) }
    public static func input(_ nodes: Node...) -> Node { Node(.element(.input, nodes)) }
    public static func input(_ nodes: [Node]) -> Node { Node(.element(.input, nodes)) }
    public static func select(_ nodes: Node...) -> Node { Node(.element(.select, nodes)) }
    public static func select(_ nodes: [Node]) -> Node { Node(.element(.select, nodes)) }
    public static func option(_ nodes: Node...) -> Node { Node(.element(.option, nodes)) }
    public static func option(_ nodes: [Node]) -> Node { Node(.element(.option, nodes)) }
    public static func textarea(_ nodes: Node...) -> Node { Node(.element(.textarea, nodes)) }
    public static func textarea(_ nodes: [Node]) -> Node { Node(.element(.textarea, nodes)) }
    public static func button(_ nodes: Node...) -> Node { Node(.element(.button, nodes)) }
    public static func button(_ nodes: [Node]) -> Node { Node(.element(.button, nodes)) }
    public static func details(_ nodes: Node...) -> Node { Node(.element(.details, nodes)) }
    public static func details(_ nodes: [Node]) -> Node { Node(.element(.details, nodes)) }
    public static func summary(_ nodes: Node...) -> Node { Node(.element(.summary, nodes)) }
    public static func summary(_ nodes: [Node]) -> Node { Node(.element(.summary, nodes)) }
    public static func br(_ nodes: Node...) -> Node { Node(.element(.br, nodes)) }
    public static func br(_ nodes: [Node]) -> Node { Node(.element(.br, nodes)) }
    public static func hr(_ nodes: Node...) -> Node { Node(.element(.hr, nodes)) }
    public static func hr(_ nodes: [Node]) -> Node { Node(.element(.hr, nodes)) }
    public static func time(_ nodes: Node...) -> Node { Node(.element(.time, nodes)) }
    public static func time(_ nodes: [Node]) -> Node { Node(.element(.time, nodes)) }
    public static func abbr(_ nodes: Node...) -> Node { Node(.element(.abbr, nodes)) }
    public static func abbr(_ nodes: [Node]) -> Node { Node(.element(.abbr, nodes)) }
    public static func mark(_ nodes: Node...) -> Node { Node(.element(.mark, nodes)) }
    public static func mark(_ nodes: [Node]) -> Node { Node(.element(.mark, nodes)) }
    public static func ins(_ nodes: Node...) -> Node { Node(.element(.ins, nodes)) }
    public static func ins(_ nodes: [Node]) -> Node { Node(.element(.ins, nodes)) }
    public static func del(_ nodes: Node...) -> Node { Node(.element(.del, nodes)) }
    public static func del(_ nodes: [Node]) -> Node { Node(.element(.del, nodes)) }
    public static func kbd(_ nodes: Node...) -> Node { Node(.element(.kbd, nodes)) }
    public static func kbd(_ nodes: [Node]) -> Node { Node(.element(.kbd, nodes)) }
}

/// Each element's name made (and checked) once, not on every use: a page has hundreds of elements.
extension ElementName {
    static let a: ElementName = "a"
    static let abbr: ElementName = "abbr"
    static let article: ElementName = "article"
    static let aside: ElementName = "aside"
    static let blockquote: ElementName = "blockquote"
    static let body: ElementName = "body"
    static let br: ElementName = "br"
    static let button: ElementName = "button"
    static let caption: ElementName = "caption"
    static let code: ElementName = "code"
    static let dd: ElementName = "dd"
    static let del: ElementName = "del"
    static let details: ElementName = "details"
    static let div: ElementName = "div"
    static let dl: ElementName = "dl"
    static let dt: ElementName = "dt"
    static let em: ElementName = "em"
    static let fieldset: ElementName = "fieldset"
    static let footer: ElementName = "footer"
    static let form: ElementName = "form"
    static let h1: ElementName = "h1"
    static let h2: ElementName = "h2"
    static let h3: ElementName = "h3"
    static let h4: ElementName = "h4"
    static let head: ElementName = "head"
    static let header: ElementName = "header"
    static let hr: ElementName = "hr"
    static let html: ElementName = "html"
    static let input: ElementName = "input"
    static let ins: ElementName = "ins"
    static let kbd: ElementName = "kbd"
    static let label: ElementName = "label"
    static let legend: ElementName = "legend"
    static let li: ElementName = "li"
    static let link: ElementName = "link"
    static let main: ElementName = "main"
    static let mark: ElementName = "mark"
    static let meta: ElementName = "meta"
    static let nav: ElementName = "nav"
    static let ol: ElementName = "ol"
    static let option: ElementName = "option"
    static let p: ElementName = "p"
    static let pre: ElementName = "pre"
    static let section: ElementName = "section"
    static let select: ElementName = "select"
    static let small: ElementName = "small"
    static let span: ElementName = "span"
    static let strong: ElementName = "strong"
    static let summary: ElementName = "summary"
    static let table: ElementName = "table"
    static let tbody: ElementName = "tbody"
    static let td: ElementName = "td"
    static let textarea: ElementName = "textarea"
    static let th: ElementName = "th"
    static let thead: ElementName = "thead"
    static let time: ElementName = "time"
    static let title: ElementName = "title"
    static let tr: ElementName = "tr"
    static let ul: ElementName = "ul"
}
