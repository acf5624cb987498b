/// A UK postcode as a person typed it, understood at one of three precisions:
/// a full postcode ("NE1 4ST"), a postcode sector ("NE1 4") or an outward code / district ("NE1").
///
/// Parsing is forgiving about case and spacing ("ne14st" → "NE1 4ST") and strict about shape:
/// the outward code is A9, A99, AA9, AA99, A9A or AA9A, the inward code 9AA.
public struct Postcode: Hashable, Sendable, CustomStringConvertible {
    public enum Precision: String, Sendable, Comparable {
        case outcode, sector, full

        private var rank: Int { self == .outcode ? 0 : self == .sector ? 1 : 2 }
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    /// The outward code, e.g. "NE1".
    public let outcode: String
    /// The inward code's digit (sector) and letters (unit), when given.
    public let sectorDigit: Character?
    public let unit: String?

    public var precision: Precision { unit != nil ? .full : sectorDigit != nil ? .sector : .outcode }

    /// "NE1 4" for a sector or full postcode; nil for an outward code alone.
    public var sector: String? { sectorDigit.map { "\(outcode) \($0)" } }

    /// The normalised form: "NE1 4ST", "NE1 4" or "NE1".
    public var description: String {
        switch (sectorDigit, unit) {
        case let (digit?, unit?): "\(outcode) \(digit)\(unit)"
        case let (digit?, nil): "\(outcode) \(digit)"
        default: outcode
        }
    }

    /// Parses a full postcode, a sector or an outward code; nil when the text is not one.
    public init?(_ text: String) {
        let upper = text.uppercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !upper.isEmpty, upper.count <= 2 else { return nil }
        let letters = upper.joined()
        guard letters.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }

        if upper.count == 2 {
            // Spaced: the part after the space is a sector digit or a whole inward code.
            let outward = String(upper[0]), inward = String(upper[1])
            guard Self.isOutcode(outward) else { return nil }
            if inward.count == 1, let digit = inward.first, digit.isNumber {
                self.init(outcode: outward, sectorDigit: digit, unit: nil)
            } else if Self.isInward(inward) {
                self.init(outcode: outward, sectorDigit: inward.first, unit: String(inward.dropFirst()))
            } else {
                return nil
            }
            return
        }
        // Unspaced: try outward code + inward code first ("NE14ST"), then an outward code alone.
        if letters.count >= 5 {
            let outward = String(letters.dropLast(3)), inward = String(letters.suffix(3))
            if Self.isOutcode(outward), Self.isInward(inward) {
                self.init(outcode: outward, sectorDigit: inward.first, unit: String(inward.dropFirst()))
                return
            }
        }
        guard Self.isOutcode(letters) else { return nil }
        self.init(outcode: letters, sectorDigit: nil, unit: nil)
    }

    private init(outcode: String, sectorDigit: Character?, unit: String?) {
        self.outcode = outcode
        self.sectorDigit = sectorDigit
        self.unit = unit
    }

    /// A9, A99, AA9, AA99, A9A, AA9A.
    static func isOutcode(_ text: String) -> Bool {
        let shape = String(text.map { $0.isNumber ? "9" : "A" })
        return ["A9", "A99", "AA9", "AA99", "A9A", "AA9A"].contains(shape)
    }

    /// 9AA.
    static func isInward(_ text: String) -> Bool {
        String(text.map { $0.isNumber ? "9" : "A" }) == "9AA"
    }
}
