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

    /// Parses a full postcode, a sector or an outward code; nil when the text is not one. Reads
    /// bytes, not characters: a cohort import parses 200,000 postcodes, and going through
    /// `Character` properties was a sixth of its reading time. `PostcodeTests` checks it against
    /// the character-based reading on random text.
    public init?(_ text: String) {
        var letters: [UInt8] = []
        letters.reserveCapacity(8)
        var groups = 0, secondGroupStart = 0, inGroup = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                inGroup = false
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                if !inGroup {
                    groups += 1
                    if groups == 2 { secondGroupStart = letters.count }
                    inGroup = true
                }
                // The longest postcode has seven letters and digits.
                guard groups <= 2, letters.count < 7 else { return nil }
                letters.append(byte >= UInt8(ascii: "a") ? byte - 32 : byte)
            default:
                return nil
            }
        }
        let all = letters[...]
        func string(_ part: ArraySlice<UInt8>) -> String { String(decoding: part, as: UTF8.self) }
        switch groups {
        case 2:
            // Spaced: the part after the space is a sector digit or a whole inward code.
            let outward = all[..<secondGroupStart], inward = all[secondGroupStart...]
            guard Self.shape(outward).isOutcode else { return nil }
            if inward.count == 1, Self.isDigit(inward.first!) {
                self.init(outcode: string(outward), sectorDigit: Character(Unicode.Scalar(inward.first!)), unit: nil)
            } else if Self.shape(inward).isInward {
                self.init(outcode: string(outward), sectorDigit: Character(Unicode.Scalar(inward.first!)), unit: string(inward.dropFirst()))
            } else {
                return nil
            }
        case 1:
            // Unspaced: try outward code + inward code first ("NE14ST"), then an outward code alone.
            if all.count >= 5 {
                let outward = all.dropLast(3), inward = all.suffix(3)
                if Self.shape(outward).isOutcode, Self.shape(inward).isInward {
                    self.init(
                        outcode: string(outward), sectorDigit: Character(Unicode.Scalar(inward.first!)), unit: string(inward.dropFirst()))
                    return
                }
            }
            guard Self.shape(all).isOutcode else { return nil }
            self.init(outcode: string(all), sectorDigit: nil, unit: nil)
        default:
            return nil
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// A run of letters and digits as its length and a bit per character (1 for a digit, first
    /// character highest): "NE1" is (3, 0b001).
    private struct Shape: Equatable {
        let length: Int
        let digits: Int

        /// A9, A99, AA9, AA99, A9A, AA9A.
        var isOutcode: Bool { Self.outcodes.contains(self) }

        private static let outcodes = [
            Shape(length: 2, digits: 0b01), Shape(length: 3, digits: 0b011), Shape(length: 3, digits: 0b001),
            Shape(length: 4, digits: 0b0011), Shape(length: 3, digits: 0b010), Shape(length: 4, digits: 0b0010),
        ]

        /// 9AA.
        var isInward: Bool { self == Shape(length: 3, digits: 0b100) }
    }

    private static func shape(_ part: ArraySlice<UInt8>) -> Shape {
        Shape(length: part.count, digits: part.reduce(0) { $0 << 1 | (isDigit($1) ? 1 : 0) })
    }

    private init(outcode: String, sectorDigit: Character?, unit: String?) {
        self.outcode = outcode
        self.sectorDigit = sectorDigit
        self.unit = unit
    }
}
