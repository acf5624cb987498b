import Testing
import WexchangeCore
@testable import WexchangeGeo

@Suite struct PostcodeTests {
    @Test(arguments: [
        ("ne14st", "NE1 4ST", Postcode.Precision.full),
        ("NE1 4ST", "NE1 4ST", .full),
        ("  sw1a   1aa ", "SW1A 1AA", .full),
        ("SW1A1AA", "SW1A 1AA", .full),
        ("m11ae", "M1 1AE", .full),
        ("NE1", "NE1", .outcode),
        ("ne1 4", "NE1 4", .sector),
        ("EC1A", "EC1A", .outcode),
        ("B33 8TH", "B33 8TH", .full),
    ])
    func normalises(input: String, expected: String, precision: Postcode.Precision) {
        let postcode = Postcode(input)
        #expect(postcode?.description == expected)
        #expect(postcode?.precision == precision)
    }

    @Test(arguments: ["", "   ", "12345", "NE1 4STX", "N", "NEE1 4ST", "NE1 ST", "NE1-4ST", "ÑE1 4ST", "NE1 4ST 9", "1NE 4ST"])
    func rejectsMalformed(input: String) {
        #expect(Postcode(input) == nil)
    }

    @Test func sectorAndOutcodeOfAFullPostcode() throws {
        let postcode = try #require(Postcode("NE1 4ST"))
        #expect(postcode.outcode == "NE1")
        #expect(postcode.sector == "NE1 4")
        #expect(postcode.unit == "ST")
    }

    /// The byte-level reading against the character-level one it replaced, on random text made
    /// of postcode characters, spaces, tabs, lower case, punctuation and letters beyond ASCII.
    @Test func readsAsTheCharacterLevelReference() {
        let alphabet: [Character] = ["A", "E", "N", "S", "T", "W", "1", "4", "9", "0", " ", "\t", "a", "s", "-", "Ñ", "é", "ß", "\n"]
        var random = SeededRandom(seed: 42)
        for _ in 0..<50_000 {
            let text = String((0..<Int.random(in: 0...9, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            #expect(Postcode(text)?.description == ReferencePostcode.parse(text), "\(text.debugDescription)")
        }
        for known in ["NE1 4ST", "ne14st", "SW1A1AA", "EC1A", "ne1 4", "M1 1AE", "B33 8TH", "W1A 0AX"] {
            #expect(Postcode(known)?.description == ReferencePostcode.parse(known))
        }
    }
}

/// The character-level postcode reading that `Postcode.init` replaced, kept as the reference,
/// with one deliberate difference: text beyond ASCII is refused before capitals are made (the old
/// reading took "ß4" for "SS4").
private enum ReferencePostcode {
    static func parse(_ text: String) -> String? {
        guard text.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
        let upper = text.uppercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !upper.isEmpty, upper.count <= 2 else { return nil }
        let letters = upper.joined()
        guard letters.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        if upper.count == 2 {
            let outward = String(upper[0]), inward = String(upper[1])
            guard isOutcode(outward) else { return nil }
            if inward.count == 1, let digit = inward.first, digit.isNumber { return "\(outward) \(digit)" }
            return isInward(inward) ? "\(outward) \(inward)" : nil
        }
        if letters.count >= 5 {
            let outward = String(letters.dropLast(3)), inward = String(letters.suffix(3))
            if isOutcode(outward), isInward(inward) { return "\(outward) \(inward)" }
        }
        return isOutcode(letters) ? letters : nil
    }

    static func isOutcode(_ text: String) -> Bool {
        ["A9", "A99", "AA9", "AA99", "A9A", "AA9A"].contains(String(text.map { $0.isNumber ? "9" : "A" }))
    }

    static func isInward(_ text: String) -> Bool { String(text.map { $0.isNumber ? "9" : "A" }) == "9AA" }
}
