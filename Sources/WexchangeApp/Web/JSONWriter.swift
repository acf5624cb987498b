import Foundation

/// Writes JSON text directly. Search answers are written with it instead of `JSONEncoder`,
/// which took 40% of the CPU of a search request (its generic boxing, not the bytes).
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
        body(&self)
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func array<S: Sequence>(_ items: S, _ body: (inout JSONWriter, S.Element) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
        for item in items { body(&self, item) }
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Starts a member of the enclosing object; follow it with one value.
    /// Keys are our own ASCII names: no escaping needed.
    mutating func key(_ name: String) {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    mutating func value(_ text: String?) {
        separate()
        if let text { appendString(text) } else { appendRaw("null") }
    }

    mutating func value(_ number: Int) {
        separate()
        appendRaw(String(number))
    }

    mutating func value(_ number: Double?) {
        separate()
        guard let number, number.isFinite else { return appendRaw("null") }
        appendRaw(number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number))
    }

    mutating func value(_ flag: Bool) {
        separate()
        appendRaw(flag ? "true" : "false")
    }

    /// Members already written as JSON (`"a":1,"b":2`), added to the enclosing object.
    mutating func members(raw: [UInt8]) {
        guard !raw.isEmpty else { return }
        separate()
        bytes.append(contentsOf: raw)
    }

    /// The members of an object written by `body`, without the braces, for `members(raw:)`.
    static func members(_ body: (inout JSONWriter) -> Void) -> [UInt8] {
        var json = JSONWriter(capacity: 1024)
        json.object(body)
        return Array(json.bytes.dropFirst().dropLast())
    }

    mutating func value(_ texts: [String]) { array(texts) { $0.value($1) } }
    mutating func value(_ numbers: [Int]) { array(numbers) { $0.value($1) } }

    mutating func member(_ name: StaticString, _ text: String?) { key(name); value(text) }
    mutating func member(_ name: StaticString, _ number: Int) { key(name); value(number) }
    mutating func member(_ name: StaticString, _ number: Double?) { key(name); value(number) }
    mutating func member(_ name: StaticString, _ flag: Bool) { key(name); value(flag) }
    mutating func member(_ name: StaticString, _ texts: [String]) { key(name); value(texts) }
    mutating func member(_ name: StaticString, _ numbers: [Int]) { key(name); value(numbers) }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func appendRaw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private mutating func appendString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most text needs no escaping: copy it whole.
        let plain =
            text.utf8.withContiguousStorageIfAvailable { utf8 in
                !utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
            } ?? false
        if plain {
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): appendRaw("\\\"")
            case UInt8(ascii: "\\"): appendRaw("\\\\")
            case UInt8(ascii: "\n"): appendRaw("\\n")
            case UInt8(ascii: "\r"): appendRaw("\\r")
            case UInt8(ascii: "\t"): appendRaw("\\t")
            case 0..<0x20: appendRaw("\\u00" + (byte < 16 ? "0" : "") + String(byte, radix: 16))
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
