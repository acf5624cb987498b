import PropertyBased
import Testing
import WexchangeHTML
import WexchangeTestSupport

/// A fragment rendered once and placed later reads exactly as the nodes would in its place.
@Suite struct RenderedHTMLTests {
    @Test func aFragmentRendersAsItsNodesWouldInPlace() async {
        await propertyCheck(count: 300, input: zip(EscapingTests.hostileString, EscapingTests.hostileString)) { text, value in
            let inner = Node.group(.p(.class(value), .text(text)), .text(text), .a(.href("/x?a=\(value)"), .text(value)))
            let inline = Node.div(.id("x"), inner, .textarea(.name("t"), inner)).render()
            let kept = RenderedHTML(inner)
            #expect(Node.div(.id("x"), .rendered(kept), .textarea(.name("t"), .rendered(kept))).render() == inline)
        }
    }

    @Test(arguments: HostilePayloads.all)
    func hostileTextInAFragmentStaysData(payload: String) {
        let kept = RenderedHTML(.group(.p(.text(payload)), .input(.type("text"), .value(payload))))
        let parsed = ParsedHTML(Node.div(.rendered(kept)).render())
        #expect(parsed.shape == ["<div>", "<p>", "</p>", "<input type value>", "</div>"])
        #expect(parsed.attributeValues.filter { $0 == EscapingTests.shown(payload) }.count == 1)
    }

    @Test func attributesAtAFragmentsTopLevelDoNotReachTheElementItIsPlacedIn() {
        let kept = RenderedHTML(.group(.class("sneaky"), .text("hello")))
        #expect(Node.p(.id("p"), .rendered(kept)).render() == #"<p id="p">hello</p>"#)
    }

    @Test func aTextareaKeepsALeadingLineBreakFromAFragment() {
        let kept = RenderedHTML(.text("\nsecond line"))
        #expect(Node.textarea(.name("t"), .rendered(kept)).render() == Node.textarea(.name("t"), .text("\nsecond line")).render())
        #expect(ParsedHTML(Node.textarea(.name("t"), .rendered(kept)).render()).text == "\nsecond line")
        #expect(
            Node.textarea(.name("t"), .rendered(RenderedHTML(.empty)), .text("\nx")).render()
                == Node.textarea(.name("t"), .text("\nx")).render())
    }
}
