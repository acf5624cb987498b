import PropertyBased
import Testing
import WexchangeHTML
import WexchangeTestSupport

/// A template filled with values reads exactly as its nodes would with the values in place, and
/// its holes escape what fills them as those nodes would have.
@Suite struct HTMLTemplateTests {
    /// The same card-like markup, with holes or with the values in place.
    static func card(_ title: String, link: Node, distance: Node, place: Node) -> Node {
        .article(.class("card"), distance, .h3(.a(link, .text(title))), .dl(.div(.dt("Where"), .dd(place))))
    }

    @Test func aFilledTemplateReadsAsItsNodesWould() async {
        await propertyCheck(count: 300, input: zip(EscapingTests.hostileString, EscapingTests.hostileString, EscapingTests.hostileString)) {
            title, value, place in
            let template = HTMLTemplate(
                Self.card(
                    title, link: .href(SafeURL("/opportunities/1")!, suffix: 0), distance: .attributeHole("data-km", 1), place: .hole(2)))
            let query = "?q=" + value.filter { $0.isLetter }
            let inline = Self.card(
                title, link: .href("/opportunities/1" + query), distance: .attribute("data-km", value), place: .text(place))
            #expect(Node.filled(template, [query, value, place]).render() == inline.render())
        }
    }

    @Test(arguments: HostilePayloads.all)
    func hostileValuesStayData(payload: String) {
        let template = HTMLTemplate(.p(.attributeHole("title", 0), .hole(1)))
        let parsed = ParsedHTML(Node.div(.filled(template, [payload, payload])).render())
        #expect(parsed.shape == ["<div>", "<p title>", "</p>", "</div>"])
        #expect(parsed.attributeValues == [EscapingTests.shown(payload)])
    }

    /// The link's path was checked when the template was made; what follows it may only be a
    /// query string or a fragment, so no value can send the link elsewhere.
    @Test(arguments: ["//evil.example", "/\\evil.example", "javascript:alert(1)", "@evil.example", "?a b", "?a\tb", "x"])
    func aLinkSuffixThatIsNotAQueryIsLeftOut(suffix: String) {
        let template = HTMLTemplate(.a(.href(SafeURL("/opportunities/1")!, suffix: 0), "Listing"))
        #expect(Node.filled(template, [suffix]).render() == #"<a href="/opportunities/1">Listing</a>"#)
        #expect(
            Node.filled(template, ["?near=NE1%204ST&year=10"]).render()
                == #"<a href="/opportunities/1?near=NE1%204ST&amp;year=10">Listing</a>"#)
    }

    @Test func holesOutsideATemplateAndMissingValuesRenderNothing() {
        #expect(Node.p(.attributeHole("title", 0), .hole(1), "text").render() == "<p>text</p>")
        let template = HTMLTemplate(.p(.attributeHole("title", 0), .hole(1)))
        #expect(Node.filled(template, []).render() == #"<p title=""></p>"#)
        // The first attribute of a name wins, as everywhere.
        #expect(Node.filled(HTMLTemplate(.p(.class("a"), .attributeHole("class", 0))), ["b"]).render() == #"<p class="a"></p>"#)
    }

    @Test func aTextareaKeepsALeadingLineBreakFromAFilledTemplate() {
        let template = HTMLTemplate(.group(.hole(0)))
        #expect(
            Node.textarea(.name("t"), .filled(template, ["\nsecond"])).render() == Node.textarea(.name("t"), .text("\nsecond")).render())
    }
}
