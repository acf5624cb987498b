/// Figures about groups of students shown to people outside the school (a Careers Hub, the
/// national team) follow DfE's open data standards (DOMAIN.md, "Publishing statistics"): a
/// share of fewer than `threshold` students is confidential (`c`), so no one can be identified;
/// nothing to count is not applicable (`z`).
public enum SmallNumbers {
    public static let threshold = 6

    /// What the symbols mean, for the page that shows them.
    public static let legend =
        "c: fewer than \(threshold) students, not shown so that no one can be identified. low: more than none, but under 0.5%. z: no students."

    /// A share in whole percent, or `c`, `low` (rounds to 0 but is not 0) or `z`.
    public static func share(_ count: Int, of total: Int) -> String {
        if total == 0 { return "z" }
        if total < threshold { return "c" }
        let percent = Int((Double(count) * 100 / Double(total)).rounded())
        return percent == 0 && count > 0 ? "low" : "\(percent)%"
    }

    /// The share as a number for a chart, or nil where it is not shown.
    public static func fraction(_ count: Int, of total: Int) -> Double? {
        total < threshold ? nil : Double(count) / Double(total)
    }

    /// A head count, or `c` when it is small but not zero (a count of 1 to 5 could identify someone).
    public static func count(_ value: Int) -> String {
        value == 0 ? "0" : value < threshold ? "c" : String(value)
    }
}
