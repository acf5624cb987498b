import Foundation

/// Hexadecimal digits, for what is written by hand because formatting through `vsnprintf`
/// (as `uuidString` does) showed up in profiles.
enum Hex {
    static let lower = Array("0123456789abcdef".utf8)
    static let upper = Array("0123456789ABCDEF".utf8)
}

extension UUID {
    /// The usual 8-4-4-4-12 form: lower case for links, upper case as Fluent stores ids in
    /// SQLite (what `uuidString` gives).
    func hex(uppercase: Bool) -> String {
        let digits = uppercase ? Hex.upper : Hex.lower
        var out: [UInt8] = []
        out.reserveCapacity(36)
        withUnsafeBytes(of: uuid) { bytes in
            for (index, byte) in bytes.enumerated() {
                if index == 4 || index == 6 || index == 8 || index == 10 { out.append(UInt8(ascii: "-")) }
                out.append(digits[Int(byte >> 4)])
                out.append(digits[Int(byte & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
