import Foundation

/// How a student without an email address gets into Wexchange: their school prints a sheet with a
/// sign-in name and a one-time code for each (students issue, "Student accounts created in
/// bulk"). The code is typed once, to choose a password; the name is what they sign in with.
public enum SignInCode {
    /// Letters and digits a 12-year-old will not misread or mistype: no 0/O, 1/I/L.
    public static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
    /// 12 characters of 31: about 59 bits, far beyond guessing at the sign-in throttle's pace.
    public static let length = 12

    /// A fresh code, shown in groups of four: `K7QX-M3PD-9HTR`.
    public static func generate<R: RandomNumberGenerator>(using random: inout R) -> String {
        let characters = (0..<length).map { _ in alphabet[Int(random.next(upperBound: UInt64(alphabet.count)))] }
        return stride(from: 0, to: length, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
    }

    public static func generate() -> String {
        var random = SystemRandomNumberGenerator()
        return generate(using: &random)
    }

    /// The code as typed, in the form it was issued (case, spaces and dashes do not matter), or
    /// nil for anything that cannot be a code.
    public static func normalised(_ typed: String) -> String? {
        let characters = typed.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        guard characters.count == length, characters.allSatisfy(alphabet.contains) else { return nil }
        let array = Array(characters)
        return stride(from: 0, to: length, by: 4).map { String(array[$0..<$0 + 4]) }.joined(separator: "-")
    }

    /// A sign-in name from a student's names: `zebedee.q4821` (letters only, accents dropped,
    /// then a number that makes it unique, which the caller chooses).
    public static func signInName(forename: String, surname: String, number: Int) -> String {
        func letters(_ text: String) -> String {
            text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_GB")).lowercased()
                .filter { $0.isASCII && $0.isLetter }
        }
        let first = String(letters(forename).prefix(12))
        let initial = String(letters(surname).prefix(1))
        return "\(first.isEmpty ? "student" : first).\(initial.isEmpty ? "x" : initial)\(number)"
    }
}
