import Foundation

/// Distances as families read them in England: kilometres and miles, "3.5 km (2.2 miles)";
/// whole numbers for whole distances ("25 km (16 miles)").
enum DistanceStyle {
    static let kilometresPerMile = 1.609_344

    static func text(_ km: Double) -> String {
        let miles = km / kilometresPerMile
        if km == km.rounded(), km >= 5 { return "\(Int(km)) km (\(Int(miles.rounded())) miles)" }
        return "\(FixedPoint.text(km, places: 1)) km (\(FixedPoint.text(miles, places: 1)) miles)"
    }
}
