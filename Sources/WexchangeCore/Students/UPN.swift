/// A Unique Pupil Number: 13 characters, a check letter then twelve more (DfE, "Unique pupil
/// numbers (UPNs): a guide for schools and local authorities", v1.2, Annex A). It is personal
/// data: Wexchange holds it for the school that imported it, shows it only on that school's own
/// records and never to providers.
public struct UPN: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let value: String

    /// The letters the check digit maps to, in order (I, O and S are never used).
    static let letters = Array("ABCDEFGHJKLMNPQRTUVWXYZ".utf8)

    public var description: String { value }
    /// Whether the 13th character is a letter: a temporary UPN, given until the permanent one is known.
    public var isTemporary: Bool { value.utf8.last.map { !($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) } ?? false }

    public static func < (lhs: UPN, rhs: UPN) -> Bool { lhs.value < rhs.value }

    /// Reads a UPN as typed (spaces around it ignored, letters in either case) and checks its
    /// check letter. The error says what is wrong in words a school's data manager recognises.
    public static func parse(_ text: String) -> Result<UPN, FieldError> {
        let bytes = Array(text.trimmingWhitespace.uppercased().utf8)
        func refuse(_ why: String) -> Result<UPN, FieldError> { .failure(FieldError("upn", why)) }
        guard !bytes.isEmpty else { return refuse("is missing") }
        guard bytes.count == 13 else {
            return refuse("'\(text)' has \(bytes.count) characters; a UPN has 13 (a letter, then 11 digits, then a digit or a letter)")
        }
        guard letters.contains(bytes[0]) else { return refuse("'\(text)' must start with its check letter (A–Z without I, O or S)") }
        // Characters 2 to 12 are digits; the 13th a digit, or a letter for a temporary UPN.
        for (offset, byte) in bytes.dropFirst().enumerated() where value(of: byte, atPosition: offset + 2) == nil {
            return refuse(
                offset == 11
                    ? "'\(text)' must end with a digit or a letter (not I, O or S)"
                    : "'\(text)' must have digits in characters 2 to 12")
        }
        let expected = checkLetter(bytes.dropFirst())!
        guard expected == bytes[0] else {
            return refuse(
                "'\(text)' fails its check: with these digits the first letter would be \(Character(Unicode.Scalar(expected))), so a character is mistyped"
            )
        }
        return .success(UPN(value: String(decoding: bytes, as: UTF8.self)))
    }

    /// The check letter for the twelve characters after it (tests and demo data build valid UPNs
    /// with it): each character's value times its position (2…13), summed, modulo 23.
    public static func checkLetter(for rest: String) -> Character? {
        checkLetter(Array(rest.utf8)[...]).map { Character(Unicode.Scalar($0)) }
    }

    private static func checkLetter(_ rest: ArraySlice<UInt8>) -> UInt8? {
        guard rest.count == 12 else { return nil }
        var sum = 0
        for (offset, byte) in rest.enumerated() {
            guard let value = value(of: byte, atPosition: offset + 2) else { return nil }
            sum += value * (offset + 2)
        }
        return letters[sum % 23]
    }

    /// A digit's value; in position 13 a letter's place in the table (A = 0 … Z = 22).
    private static func value(of byte: UInt8, atPosition position: Int) -> Int? {
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return Int(byte - UInt8(ascii: "0")) }
        return position == 13 ? letters.firstIndex(of: byte) : nil
    }

    /// A UPN already known to be valid (read back from storage).
    public init(stored value: String) { self.value = value }

    private init(value: String) { self.value = value }
}
