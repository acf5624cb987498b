import Foundation

/// Every live GB postcode with its coordinates, packed for a 1.7-million-row lookup:
/// a sorted array of 42-bit keys and parallel arrays of coordinates in 1e-5 degrees (≈ 1 m).
struct FullPostcodeTable: Sendable {
    private var keys: [UInt64] = []
    private var latitudes: [Int32] = []
    private var longitudes: [Int32] = []

    var count: Int { keys.count }

    func coordinate(of postcode: Postcode) -> Coordinate? {
        guard postcode.precision == .full, let key = Self.key(postcode.description) else { return nil }
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
        guard let low = Self.key("\(outcode) 0AA"), let high = Self.key("\(outcode) 9ZZ") else { return [] }
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
    /// It works on raw pointers, whose arithmetic and subscripts stay inline even in a debug
    /// build: generic collection code there took 30 s for the 1.7 million rows, so a debug server
    /// (the one CI's load test runs) answered its first searches near a postcode after a timeout.
    init(csv: Data) {
        keys.reserveCapacity(1_800_000)
        latitudes.reserveCapacity(1_800_000)
        longitudes.reserveCapacity(1_800_000)
        var sorted = true
        csv.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            let end = base + raw.count
            let newline = UInt8(ascii: "\n"), comma = UInt8(ascii: ",")
            var line = (Self.find(newline, from: base, to: end) ?? end) + 1  // the header
            while line < end {
                let lineEnd = Self.find(newline, from: line, to: end) ?? end
                defer { line = lineEnd + 1 }
                guard let firstComma = Self.find(comma, from: line, to: lineEnd),
                    let secondComma = Self.find(comma, from: firstComma + 1, to: lineEnd),
                    let key = Self.key(line, count: firstComma - line),
                    let lat = Self.fixedPoint(from: firstComma + 1, to: secondComma),
                    let lon = Self.fixedPoint(from: secondComma + 1, to: lineEnd)
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

    /// The first `byte` from `start` up to `end`, by `memchr`.
    private static func find(_ byte: UInt8, from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>) -> UnsafePointer<UInt8>? {
        guard start < end, let found = memchr(start, Int32(byte), end - start) else { return nil }
        return UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
    }

    /// "NE1 4ST" → outward code padded to four characters, then the inward code, 6 bits a
    /// character with padding < digits < letters, so keys sort as the file's text does.
    static func key(_ text: String) -> UInt64? {
        var text = text
        return text.withUTF8 { bytes in bytes.baseAddress.flatMap { key($0, count: bytes.count) } }
    }

    private static func key(_ text: UnsafePointer<UInt8>, count: Int) -> UInt64? {
        guard let space = find(UInt8(ascii: " "), from: text, to: text + count) else { return nil }
        let outwardCount = space - text
        guard (2...4).contains(outwardCount), count - outwardCount - 1 == 3 else { return nil }
        var key: UInt64 = 0
        for index in 0..<count where index != outwardCount {
            guard let code = code(text[index]) else { return nil }
            key = key << 6 | code
            if index == outwardCount - 1 { key <<= UInt64(6 * (4 - outwardCount)) }
        }
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
    private static func fixedPoint(from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>) -> Int32? {
        var value: Int64 = 0, negative = false, decimals = -1
        var position = start
        while position < end {
            defer { position += 1 }
            let byte = position.pointee
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
        if start == end { return nil }
        for _ in max(decimals, 0)..<5 { value *= 10 }
        return Int32(negative ? -value : value)
    }
}
