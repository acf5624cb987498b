import Foundation

/// A number with a fixed count of decimals ("3.50"), written with integer arithmetic: pages show
/// a distance on every search result, and `String(format:)` goes through C's `vsnprintf`. Rounds
/// exactly as printf does: the value's exact binary expansion, ties to even.
enum FixedPoint {
    static func text(_ value: Double, places: Int) -> String {
        var scale = 1
        for _ in 0..<min(max(places, 0), 15) { scale *= 10 }
        let magnitude = abs(value), factor = Double(scale)
        let product = magnitude * factor
        // Beyond 2^52 units the arithmetic below is no longer exact; such numbers are not on pages.
        guard value.isFinite, (0...15).contains(places), product < 0x1p52 else { return String(format: "%.\(places)f", value) }
        // The product is `product + residual` exactly (fused multiply-add), so a tie is told from a
        // value a hair either side of it.
        let residual = fma(magnitude, factor, -product)
        let floor = product.rounded(.down)
        let part = product - floor
        var units = Int(floor)
        if part > 0.5 || (part == 0.5 && (residual > 0 || (residual == 0 && units % 2 == 1))) { units += 1 }
        // Written right to left into one string: at most 16 digits, the point and a sign.
        return String(unsafeUninitializedCapacity: 40) { buffer in
            var end = buffer.count
            func put(_ byte: UInt8) {
                end -= 1
                buffer[end] = byte
            }
            var rest = units
            for _ in 0..<places {
                put(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            }
            if places > 0 { put(UInt8(ascii: ".")) }
            repeat {
                put(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            } while rest > 0
            // As printf writes it, a negative value that rounds to nothing keeps its sign ("-0.00").
            if value.sign == .minus { put(UInt8(ascii: "-")) }
            let count = buffer.count - end
            UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: buffer.baseAddress! + end, byteCount: count)
            return count
        }
    }
}
