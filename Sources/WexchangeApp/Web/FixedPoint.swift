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
        // As printf writes it, a negative value that rounds to nothing keeps its sign ("-0.00").
        let sign = value.sign == .minus ? "-" : ""
        let whole = String(units / scale)
        guard places > 0 else { return sign + whole }
        let fraction = String(units % scale)
        return sign + whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }
}
