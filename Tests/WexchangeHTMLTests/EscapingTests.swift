import PropertyBased
import Testing
import WexchangeHTML
import WexchangeTestSupport

/// The escaping boundary: whatever a value holds, a browser reads back exactly that value, in
/// the place the page put it, and nothing else.
@Suite struct EscapingTests {
    /// Characters that matter to HTML parsers, mixed with ordinary ones.
    static let hostileCharacter = Gen<Character?>.element(of: Array(#"<>&"'/=!-;#?x i`[]{}"# + "\n\t\r\u{0}\u{1}é🚸") as [Character])
        .map { $0! }
    static let hostileString = hostileCharacter.string(of: 0...40)

    /// What a browser shows for `value`: C0 controls other than tab and line breaks become U+FFFD,
    /// and a parser reads CR LF and CR as LF.
    static func shown(_ value: String) -> String {
        String(
            String.UnicodeScalarView(value.unicodeScalars.map { $0.value < 0x20 && !["\t", "\n", "\r"].contains($0) ? "\u{FFFD}" : $0 })
        )
        .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    @Test func anyTextAndAttributeValueReadsBackExactlyInItsPlace() async {
        await propertyCheck(count: 400, input: zip(Self.hostileString, Self.hostileString)) { text, value in
            let node = Node.div(.id("x"), .class(value), .p(.text(text)), .textarea(.name("t"), .text(text)))
            let parsed = ParsedHTML(node.render())
            #expect(
                parsed.shape == ["<div id class>", "<p>", "</p>", "<textarea name>", "</textarea>", "</div>"],
                "value \(value.debugDescription), text \(text.debugDescription)")
            #expect(parsed.elements.first?.value(of: "class") == Self.shown(value).replacingOccurrences(of: "\n", with: "\n"))
            let texts = parsed.tokens.compactMap { if case .text(let text) = $0 { text } else { nil } }
            #expect(texts == (text.isEmpty ? [] : [Self.shown(text), Self.shown(text)]), "text \(text.debugDescription)")
        }
    }

    @Test(arguments: HostilePayloads.all)
    func payloadsStayDataInTheTitleTextAndAttributes(payload: String) {
        let page = HTMLDocument(
            .html(
                .head(.title(.text(payload)), .meta(.attribute("property", "og:title"), .content(payload))),
                .body(.input(.type("search"), .value(payload)), .p(.text(payload)))))
        let parsed = ParsedHTML(page.html)
        #expect(
            parsed.shape == [
                "<!doctype>", "<html>", "<head>", "<title>", "</title>", "<meta property content>", "</head>",
                "<body>", "<input type value>", "<p>", "</p>", "</body>", "</html>",
            ])
        #expect(parsed.attributeValues.filter { $0 == Self.shown(payload) }.count == 2)
    }

    @Test func textThatLooksLikeAReferenceShowsAsTyped() {
        #expect(ParsedHTML(Node.p(.text("Fish &amp; chips &#60;")).render()).text == "Fish &amp; chips &#60;")
        #expect(HTMLEscaping.attributeValue(#"a"b'c<d>e&f"#) == "a&quot;b&#39;c&lt;d&gt;e&amp;f")
        #expect(HTMLEscaping.text(#"a"b'c<d>e&f"#) == #"a"b'c&lt;d&gt;e&amp;f"#)
    }

    @Test func aTextareaKeepsALeadingLineBreak() {
        let parsed = ParsedHTML(Node.textarea(.name("t"), .text("\nsecond line")).render())
        #expect(parsed.text == "\nsecond line")
    }

    @Test func anAttributeGivenTwiceKeepsTheFirst() {
        #expect(Node.input(.name("a"), .group(.name("b")), .value("1")).render() == #"<input name="a" value="1">"#)
    }

    @Test func literalsAreText() {
        #expect(Node.p("1 < 2").render() == "<p>1 &lt; 2</p>")
        #expect(Node.br().render() == "<br>")
    }

    @Test(arguments: ["onclick", "onfocus", "style", "srcdoc", "href", "src", "action", "formaction", "Class", "data x", "", "a\"b"])
    func attributeNamesThatWouldCarryCodeOrLinksAreNotLiterals(name: String) {
        #expect(!AttributeName.isAllowedLiteral(name))
    }

    @Test(arguments: ["class", "aria-label", "data-distance-km", "autocomplete"])
    func ordinaryAttributeNamesAre(name: String) {
        #expect(AttributeName.isAllowedLiteral(name))
    }
}

@Suite struct SafeURLTests {
    @Test(arguments: [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:x",
        "\u{1}javascript:x", "data:text/html,<b>", "vbscript:x", "//evil.example/x", "///evil.example", "/\\evil.example",
        "\\\\evil.example", "/\t/evil.example", "/%09/evil.example ", "http:evil.example", "https://", "https:///x", "mailto:nobody",
        "ftp://example.org", "relative/path", "", "file:///etc/passwd", "https://exa mple.org",
        // A query or fragment is accepted at once, but still not with spaces, controls or a backslash.
        "?q=a b", "#x\ty", "?a\\b", "#\u{7F}", "?q=\u{85}x ", "?" + String(repeating: "a", count: 4096),
    ])
    func refused(url: String) {
        #expect(SafeURL(url) == nil, "\(url.debugDescription) was accepted")
        #expect(!Node.a(.href(url), "x").render().contains("href"))
    }

    @Test(arguments: [
        "/", "/opportunities/1?x=1#top", "?q=a%20b", "#main", "https://www.gov.uk/x", "HTTP://example.org", "mailto:a@example.org",
        "/path:with:colons", "/%09/encoded-is-a-path", "#café", "?q=caf%C3%A9&near=NE1%204ST",
    ])
    func accepted(url: String) {
        #expect(SafeURL(url)?.string == url)
    }
}
