import Foundation
import Hummingbird
import WexchangeCore

// Why not Hummingbird's own decoders: `uri.queryParameters` keeps `+` as `+` (GET forms send a
// space as `+`, so "art design" would search for "art+design") and leaves keys percent-encoded;
// `URLEncodedFormDecoder` refuses repeated keys (`sector=a&sector=b`, which is how a checkbox
// group posts) unless they are written `sector[]`, and fails the whole form on one bad escape.
// Both readers here keep every pair, in order, and repair rather than refuse.
extension Request {
    /// Query-string pairs in order, repeats kept, `+` read as a space (as HTML forms send it).
    var queryPairs: [(String, String)] {
        guard let query = uri.query, !query.isEmpty else { return [] }
        return query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.formDecode(parts[0]), parts.count > 1 ? Self.formDecode(parts[1]) : "")
        }
    }

    /// `+` → space, `%XX` → byte; invalid escapes are kept as typed, invalid UTF-8 is repaired.
    static func formDecode(_ text: Substring) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) else { return String(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        let utf8 = Array(text.utf8)
        var index = 0
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < utf8.count, let high = hex(utf8[index + 1]), let low = hex(utf8[index + 2]) {
                bytes.append(high << 4 | low)
                index += 2
            } else {
                bytes.append(byte)
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func queryValue(_ name: String) -> String? { queryPairs.last { $0.0 == name }?.1 }
}
