import Foundation
import WexchangeCore
import WexchangeHTML

/// The GOV.UK date input: day, month and year in three small boxes inside a fieldset, instead
/// of a browser date picker that shows dates in the browser's own format. The form sends
/// `NAME-day`, `NAME-month` and `NAME-year`; `read` turns them back into the ISO date the rules
/// take.
enum DateInput {
    static func render(
        _ name: String, legend: String, hint: String? = "For example, 14 6 2027", value iso: String?, error: String?
    )
        -> Node
    {
        let parts = iso.flatMap(CalendarDate.init(iso:)).map { date in
            let (year, month, day) = date.components
            return [String(day), String(month), String(year)]
        }
        // A value that is not a date is shown as it came: split into its boxes when it is what
        // `read` made of three boxes ("2027-2-31"), otherwise whole in the first box.
        let pieces = iso?.split(separator: "-", omittingEmptySubsequences: false).map(String.init) ?? []
        let fromBoxes = pieces.count == 3 && pieces.allSatisfy { $0.allSatisfy(\.isNumber) }
        let shown = parts ?? (fromBoxes ? pieces.reversed() : iso.map { [$0] } ?? [])
        func box(_ index: Int, _ part: String, _ label: String, width: Int) -> Node {
            let id = index == 0 ? name : "\(name)-\(part)"
            return .div(
                .class("date-input-item"),
                .label(.for(id), .text(label)),
                .input(
                    .type("text"), .id(id), .name("\(name)-\(part)"), .inputmode("numeric"), .size(width), .class("width-\(width)"),
                    .value(index < shown.count ? shown[index] : nil), .ariaInvalid(error != nil)))
        }
        return .div(
            .class(error == nil ? "field" : "field field-error"),
            .fieldset(
                .role("group"), .ariaDescribedBy(PageLayout.describedBy(name, hinted: hint != nil, invalid: error != nil)),
                .legend(.text(legend)),
                hint.map { .p(.class("hint"), .id("\(name)-hint"), .text($0)) } ?? .empty,
                PageLayout.errorMessage(error, id: "\(name)-error"),
                .div(
                    .class("date-input"), box(0, "day", "Day", width: 2), box(1, "month", "Month", width: 2),
                    box(2, "year", "Year", width: 4))))
    }

    /// The date typed into `NAME-day/-month/-year`: nil when all three are empty; the ISO date
    /// when they make one; otherwise what was typed (so the rules report it and the form shows it
    /// again), as "YEAR-MONTH-DAY".
    static func read(_ name: String, from form: FormBody) -> String? {
        let parts = ["day", "month", "year"].map { (form["\(name)-\($0)"] ?? "").trimmingCharacters(in: .whitespaces) }
        guard parts.contains(where: { !$0.isEmpty }) else { return nil }
        if let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]), parts[2].count == 4,
            let date = CalendarDate(year: year, month: month, day: day)
        {
            return date.description
        }
        return "\(parts[2])-\(parts[1])-\(parts[0])"
    }

    /// Query parameters with each named date's three boxes (`NAME-day`, `-month`, `-year`, as a
    /// GET form sends them) made into one `NAME` in the API's ISO form, so pages and the API read
    /// the same query; a date given whole (`from=2027-06-01`, as links carry it) stays as it is.
    static func merged(_ names: [String], in pairs: [(String, String)]) -> [(String, String)] {
        var pairs = pairs
        for name in names {
            let parts = ["day", "month", "year"].map { "\(name)-\($0)" }
            guard pairs.contains(where: { parts.contains($0.0) }) else { continue }
            let typed = read(name, from: FormBody(pairs: pairs))
            pairs.removeAll { parts.contains($0.0) || ($0.0 == name && typed != nil) }
            if let typed { pairs.append((name, typed)) }
        }
        return pairs
    }
}
