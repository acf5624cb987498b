import Foundation

/// A minimal, fast JSON writer for the result file: bytes appended in a fixed order, so the same
/// result always gives the same bytes.
struct JSONText {
    private(set) var bytes: [UInt8] = []

    init(reserving capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
            case 0x0A: bytes.append(contentsOf: [92, 110])
            case 0x0D: bytes.append(contentsOf: [92, 114])
            case 0x09: bytes.append(contentsOf: [92, 116])
            case 0..<0x20: bytes.append(contentsOf: Array(String(format: "\\u%04x", byte).utf8))
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func key(_ text: String) {
        string(text)
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func int<T: BinaryInteger>(_ value: T) { bytes.append(contentsOf: Array(String(value).utf8)) }

    /// A fixed number of decimals, so output does not depend on float printing.
    mutating func decimal(_ value: Double, places: Int) {
        bytes.append(contentsOf: Array(String(format: "%.\(places)f", value).utf8))
    }

    mutating func bool(_ value: Bool) { value ? raw("true") : raw("false") }

    /// Writes `items` as a JSON array, `body` writing each one.
    mutating func array<C: Collection>(_ items: C, _ body: (inout JSONText, C.Element) -> Void) {
        raw("[")
        var first = true
        for item in items {
            if !first { raw(",") }
            first = false
            body(&self, item)
        }
        raw("]")
    }

    /// Writes an object member by member; `comma` tracks whether one was written before.
    mutating func member(_ name: String, first: inout Bool, _ body: (inout JSONText) -> Void) {
        if !first { raw(",") }
        first = false
        key(name)
        body(&self)
    }
}
