import Foundation

/// Every live GB postcode with its coordinates, packed for a 1.7-million-row lookup:
/// a sorted array of 42-bit keys and parallel arrays of coordinates in 1e-5 degrees (≈ 1 m).
struct FullPostcodeTable: Sendable {
    private var keys: [UInt64] = []
    private var latitudes: [Int32] = []
    private var longitudes: [Int32] = []

    var count: Int { keys.count }

    func coordinate(of postcode: Postcode) -> Coordinate? {
        guard postcode.precision == .full, let key = Self.key(postcode.description.utf8) else { return nil }
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        guard low < keys.count, keys[low] == key else { return nil }
        return Coordinate(latitude: Double(latitudes[low]) / 1e5, longitude: Double(longitudes[low]) / 1e5)
    }

    /// Every postcode in the district `outcode` ("NE1"), in order.
    func postcodes(inDistrict outcode: String) -> [String] {
        guard let low = Self.key("\(outcode) 0AA".utf8), let high = Self.key("\(outcode) 9ZZ".utf8) else { return [] }
        var start = 0, end = keys.count
        while start < end {
            let mid = (start + end) / 2
            if keys[mid] < low { start = mid + 1 } else { end = mid }
        }
        var found: [String] = []
        var position = start
        while position < keys.count, keys[position] <= high {
            found.append(Self.text(keys[position]))
            position += 1
        }
        return found
    }

    /// The postcode a key stands for.
    static func text(_ key: UInt64) -> String {
        let characters: [Character] = (0..<7).reversed().map { shift in
            let code = (key >> UInt64(shift * 6)) & 0x3F
            switch code {
            case 0: return " "
            case 1...10: return Character(UnicodeScalar(UInt8(code - 1) + UInt8(ascii: "0")))
            default: return Character(UnicodeScalar(UInt8(code - 11) + UInt8(ascii: "A")))
            }
        }
        let outward = String(characters.prefix(4)).trimmingCharacters(in: .whitespaces)
        return "\(outward) \(String(characters.suffix(3)))"
    }

    /// Reads `postcode,latitude,longitude` lines (the shared data's `gb_postcodes.csv`). The file
    /// has no quoted fields, so a byte scanner is safe here and 20× faster than a general CSV reader.
    init(csv: Data) {
        keys.reserveCapacity(1_800_000)
        latitudes.reserveCapacity(1_800_000)
        longitudes.reserveCapacity(1_800_000)
        var sorted = true
        csv.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            var isHeader = true
            for position in 0...bytes.count where position == bytes.count || bytes[position] == UInt8(ascii: "\n") {
                defer { lineStart = position + 1 }
                if isHeader { isHeader = false; continue }
                guard position > lineStart else { continue }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<position])
                guard let firstComma = line.firstIndex(of: UInt8(ascii: ",")),
                    let secondComma = line[(firstComma + 1)...].firstIndex(of: UInt8(ascii: ",")),
                    let key = Self.key(line[..<firstComma]),
                    let lat = Self.fixedPoint(line[(firstComma + 1)..<secondComma]),
                    let lon = Self.fixedPoint(line[(secondComma + 1)...])
                else { continue }
                if let last = keys.last, last >= key { sorted = false }
                keys.append(key)
                latitudes.append(lat)
                longitudes.append(lon)
            }
        }
        if !sorted {
            let order = keys.indices.sorted { keys[$0] < keys[$1] }
            keys = order.map { keys[$0] }
            latitudes = order.map { latitudes[$0] }
            longitudes = order.map { longitudes[$0] }
        }
    }

    /// "NE1 4ST" → outward code padded to four characters, then the inward code, 6 bits a
    /// character with padding < digits < letters, so keys sort as the file's text does.
    static func key<C: Collection<UInt8>>(_ text: C) -> UInt64? {
        guard let space = text.firstIndex(of: UInt8(ascii: " ")) else { return nil }
        let outward = text[..<space], inward = text[text.index(after: space)...]
        guard (2...4).contains(outward.count), inward.count == 3 else { return nil }
        var key: UInt64 = 0
        for byte in outward { guard let code = code(byte) else { return nil }; key = key << 6 | code }
        for _ in outward.count..<4 { key <<= 6 }
        for byte in inward { guard let code = code(byte) else { return nil }; key = key << 6 | code }
        return key
    }

    private static func code(_ byte: UInt8) -> UInt64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt64(byte - UInt8(ascii: "0") + 1)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt64(byte - UInt8(ascii: "A") + 11)
        default: nil
        }
    }

    /// "-2.09692" → -209692 (five decimals).
    private static func fixedPoint<C: Collection<UInt8>>(_ text: C) -> Int32? {
        var value: Int64 = 0, negative = false, decimals = -1
        for byte in text {
            switch byte {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "."): decimals = 0
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if decimals >= 5 { continue }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
                if decimals >= 0 { decimals += 1 }
            case UInt8(ascii: "\r"): continue
            default: return nil
            }
        }
        for _ in max(decimals, 0)..<5 { value *= 10 }
        return Int32(negative ? -value : value)
    }
}
