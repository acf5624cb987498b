import Foundation
import Testing
@testable import WexchangeApp
import WexchangeHTML
import WexchangeTestSupport

/// Every page, rendered with every string field set to each hostile payload, read back as a
/// browser would: the payload adds no element, attribute or link, and shows exactly as typed.
@Suite struct HostilePageTests {
    static let benign = "benign"

    /// What a browser shows for `value` (C0 controls but tab and line breaks become U+FFFD).
    static func shown(_ value: String) -> String {
        String(
            String.UnicodeScalarView(value.unicodeScalars.map { $0.value < 0x20 && !["\t", "\n", "\r"].contains($0) ? "\u{FFFD}" : $0 }))
    }

    @Test(arguments: HostilePayloads.all)
    func noPayloadAddsMarkupToAnyPage(payload: String) throws {
        let benign = try PageSamples.all(Self.benign)
        let hostile = try PageSamples.all(payload)
        for ((name, safe), (_, page)) in zip(benign, hostile) {
            let expected = ParsedHTML(safe.html), parsed = ParsedHTML(page.html)
            // The same elements in the same order; no attribute the benign page lacks.
            #expect(
                parsed.elements.map(\.name) == expected.elements.map(\.name), "\(name): elements changed for \(payload.debugDescription)")
            for (element, reference) in zip(parsed.elements, expected.elements) {
                let added = Set(element.attributes.map(\.name)).subtracting(reference.attributes.map(\.name))
                #expect(added.isEmpty, "\(name): <\(element.name)> gained \(added) for \(payload.debugDescription)")
            }
            for element in parsed.elements {
                #expect(
                    element.value(of: "id") != "pwn" && !element.attributes.contains { $0.name.hasPrefix("on") || $0.name == "http-equiv" },
                    "\(name): injected \(element)")
                for url in ["href", "action", "src"].compactMap(element.value(of:)) {
                    #expect(SafeURL.isSafe(url), "\(name): unsafe link \(url.debugDescription)")
                }
            }
            #expect(
                !parsed.elements.contains {
                    $0.name == "script" || $0.name == "i" || $0.name == "meta" && $0.value(of: "http-equiv") != nil
                })
            // Shown as typed, somewhere on the page (pages without free text are exempt).
            if Self.pagesWithoutFreeText.contains(name) { continue }
            let value = Self.shown(payload)
            #expect(
                parsed.text.contains(value) || parsed.attributeValues.contains { $0.contains(value) },
                "\(name): \(payload.debugDescription) is not shown as typed")
        }
    }

    /// Pages that show nothing a person or another system typed.
    static let pagesWithoutFreeText: Set<String> = ["AboutPage", "CookiesPage"]

    /// Adding a page without a sample fails here, so no page escapes the tests above.
    @Test func everyPageHasASample() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/WexchangeApp")
        var declared: Set<String> = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        let pattern = try Regex(#"(?:struct|extension)\s+(\w+)\s*:\s*(?:[\w, ]*\s)?PageView\b"#)
        for file in files where file.pathExtension == "swift" {
            let source = try String(contentsOf: file, encoding: .utf8)
            for match in source.matches(of: pattern) { if let name = match.output[1].substring { declared.insert(String(name)) } }
        }
        #expect(declared.count >= 15, "found \(declared.sorted())")
        let sampled = Set(try PageSamples.all("x").map(\.name))
        #expect(declared.subtracting(sampled).isEmpty, "pages with no hostile sample: \(declared.subtracting(sampled).sorted())")
    }

    /// No code outside the HTML target writes markup: every page is built from `WexchangeHTML`
    /// nodes, which escape at render, and responses take a `PageView`, never a string.
    @Test func noSourceWritesMarkupOutsideTheHTMLTarget() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        // A string literal holding an HTML tag (`<p>`, `</div>`, `<a href=…`), not a placeholder such as `<token>`.
        let elements =
            "html|head|body|title|meta|link|style|script|div|span|p|a|ul|ol|li|dl|dt|dd|h[1-6]|table|tr|td|th|form|input|select|option|textarea|button|label|section|nav|main|header|footer|img|iframe|br|strong|em|code"
        let tag = try Regex(#""[^"\n]*<\/?(?:"# + elements + #")(?:[\s>\/][^"\n]*)?""#)
        var offenders: [String] = []
        for target in ["Sources/WexchangeApp", "Sources/wexchange", "Sources/WexchangeCore", "Sources/WexchangeSearch"] {
            let files =
                FileManager.default.enumerator(at: root.appendingPathComponent(target), includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL } ?? []
            for file in files where file.pathExtension == "swift" {
                let source = try String(contentsOf: file, encoding: .utf8)
                if source.contains("import Plot") { offenders.append("\(file.lastPathComponent): imports Plot") }
                for match in source.matches(of: tag) { offenders.append("\(file.lastPathComponent): \(source[match.range])") }
            }
        }
        #expect(offenders.isEmpty, "markup written outside WexchangeHTML:\n\(offenders.joined(separator: "\n"))")
    }
}
