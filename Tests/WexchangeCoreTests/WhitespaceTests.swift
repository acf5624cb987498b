import Foundation
import Testing
import WexchangeCore

@Suite struct WhitespaceTests {
    @Test(arguments: [
        "", " ", "\t \t", "NE1 4ST", "  NE1 4ST  ", "\tten\t", "\u{00A0}café\u{2003}", "\u{3000}東京\u{3000}",
        " a b ", "\nline\n", " \u{0301}x ", "x", "  x", "x  ",
    ])
    func trimsWhatFoundationTrims(text: String) {
        #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func innerSpacesStay() {
        #expect("  NE1  4ST ".trimmingWhitespace == "NE1  4ST")
    }
}
