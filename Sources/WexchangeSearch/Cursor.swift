import Foundation

/// Where a page ended: the sort it belongs to and the sort key of its last item, so the next page
/// starts just after it even when listings are added or removed in between.
public struct Cursor: Sendable, Hashable {
    public let sort: OpportunityQuery.Sort
    let key: SortKey

    init(sort: OpportunityQuery.Sort, key: SortKey) {
        self.sort = sort
        self.key = key
    }

    /// "v1.<sort>.<group>.<primary as 16 hex digits>.<uuid>", base64url-encoded.
    public var encoded: String {
        var raw = Array("v1.\(sort.rawValue).\(key.group).\(String(key.primary.bitPattern, radix: 16)).".utf8)
        // The id in hex by hand: `uuidString` formats through `vsnprintf`, which showed in profiles.
        let hex = Array("0123456789ABCDEF".utf8)
        withUnsafeBytes(of: key.id.uuid) { bytes in
            for (index, byte) in bytes.enumerated() {
                if index == 4 || index == 6 || index == 8 || index == 10 { raw.append(UInt8(ascii: "-")) }
                raw.append(hex[Int(byte >> 4)])
                raw.append(hex[Int(byte & 0xF)])
            }
        }
        return Self.base64URL(raw)
    }

    /// Base64url without padding (RFC 4648 §5), in one pass.
    static func base64URL(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count * 4 + 2) / 3)
        var index = 0
        while index < bytes.count {
            let chunk = min(3, bytes.count - index)
            var group = UInt32(bytes[index]) << 16
            if chunk > 1 { group |= UInt32(bytes[index + 1]) << 8 }
            if chunk > 2 { group |= UInt32(bytes[index + 2]) }
            for sextet in 0...chunk { out.append(alphabet[Int((group >> (18 - 6 * UInt32(sextet))) & 0x3F)]) }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    public init?(encoded: String) {
        guard encoded.count <= 200 else { return nil }
        var base64 = encoded.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let raw = String(data: data, encoding: .utf8) else { return nil }
        let parts = raw.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == "v1", let sort = OpportunityQuery.Sort(rawValue: String(parts[1])),
            let group = UInt8(parts[2]), let bits = UInt64(parts[3], radix: 16), let id = UUID(uuidString: String(parts[4]))
        else { return nil }
        let primary = Double(bitPattern: bits)
        guard !primary.isNaN else { return nil }
        self.init(sort: sort, key: SortKey(group: group, primary: primary, id: id))
    }
}

/// Results sort by group (in-person within the radius before virtual), then a number that
/// depends on the sort, then the listing id so that the order is total and pages never overlap.
struct SortKey: Comparable, Hashable, Sendable {
    let group: UInt8
    let primary: Double
    /// The id's 16 bytes as two big-endian numbers: the same order as the UUID's text.
    let idHigh: UInt64
    let idLow: UInt64

    init(group: UInt8, primary: Double, id: UUID) {
        self.group = group
        self.primary = primary
        (idHigh, idLow) = withUnsafeBytes(of: id.uuid) {
            ($0.load(as: UInt64.self).bigEndian, $0.load(fromByteOffset: 8, as: UInt64.self).bigEndian)
        }
    }

    init(group: UInt8, primary: Double, idHigh: UInt64, idLow: UInt64) {
        self.group = group
        self.primary = primary
        self.idHigh = idHigh
        self.idLow = idLow
    }

    var id: UUID {
        var bytes = (idHigh.bigEndian, idLow.bigEndian)
        return withUnsafeBytes(of: &bytes) { UUID(uuid: $0.load(as: uuid_t.self)) }
    }

    @inline(__always)
    static func < (a: SortKey, b: SortKey) -> Bool {
        if a.group != b.group { return a.group < b.group }
        if a.primary != b.primary { return a.primary < b.primary }
        if a.idHigh != b.idHigh { return a.idHigh < b.idHigh }
        return a.idLow < b.idLow
    }
}
