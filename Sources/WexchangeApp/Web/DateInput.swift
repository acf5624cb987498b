import Foundation
import WexchangeCore
import WexchangeHTML

/// The GOV.UK date input: day, month and year in three small boxes inside a fieldset, instead
/// of a browser date picker that shows dates in the browser's own format. The form sends
/// `NAME-day`, `NAME-month` and `NAME-year`; `read` turns them back into the ISO date the rules
/// take.
enum DateInput {
    static func render(
        _ name: String, legend: String, hint: String = "For example, 14 6 2027", value iso: String?, error: String?
    )
        -> Node
    {
        let parts = iso.flatMap(CalendarDate.init(iso:)).map { date in
            let (year, month, day) = date.components
            return [String(day), String(month), String(year)]
        }
        // A value that is not a date (typed before) is shown as it came, split where it can be.
        let shown = parts ?? (iso?.split(separator: "-").reversed().map(String.init) ?? [])
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
                .role("group"), .ariaDescribedBy(PageLayout.describedBy(name, hinted: true, invalid: error != nil)),
                .legend(.text(legend)),
                .p(.class("hint"), .id("\(name)-hint"), .text(hint)),
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
}
