import Foundation
import WexchangeCore
import WexchangeHTML

extension PlacementPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "\(title): \(detail.studentName)", viewer: viewer, problem: !problems.isEmpty,
            [
                .p(.a(.class("back-link"), .href(OfferRoutes.placements.link), "Back to placements")),
                ErrorSummary.render(problems.map { ErrorSummary.Item(field: onPage($0.field), message: $0.message) }),
                saved
                    ? NotificationBanner.render(
                        title: "Success", heading: "Saved. The student and their school can see the attendance and feedback.", success: true
                    )
                    : .empty,
                .span(.class("caption"), .text("\(detail.studentName), Year \(detail.yearGroup), \(detail.schoolName)")),
                .h1(.text(title)),
                SummaryList.render([
                    .init(key: "Placement", value: detail.title),
                    .init(key: "Dates", value: detail.dates),
                    .init(key: "Where it stands", value: detail.state.label),
                ]),
                refusal.map { .p(.text($0)) }
                    ?? PageLayout.postForm(
                        OfferRoutes.placement.link(detail.offerId), csrf: viewer.csrfToken, label: title,
                        [attendance, feedbackBox, deliveredBoxes, PageLayout.submit("Save")]),
            ])
    }

    /// The field a problem links to, when the page has it (a conflict blames no field).
    private func onPage(_ field: String) -> String? {
        field == Self.feedbackField || field == Self.deliveredField || field.hasPrefix("day-") ? field : nil
    }

    private var attendance: Node {
        .group(
            .h2("Attendance"),
            markableDays.isEmpty
                ? .p("The placement has not started: you can record attendance from its first day.")
                : .p(
                    .class("hint"),
                    "Mark each day once it has happened. A day you leave as “Not recorded” counts as attended in the student's record."),
            .forEach(markableDays) { day(on: $0) },
            daysToCome.isEmpty ? .empty : .p(.text("Still to come: \(daysToCome.map(\.longText).joined(separator: ", ")).")))
    }

    /// One day as a GOV.UK radios question; the first radio carries the field's id for the error summary.
    private func day(on date: CalendarDate) -> Node {
        let field = PlacementRules.field(date)
        let error = problem(field)
        let chosen = marks[date] ?? ""
        let options: [(value: String, id: String, label: String)] =
            AttendanceMark.allCases.enumerated().map { index, mark in
                (mark.rawValue, index == 0 ? field : "\(field)-\(mark.rawValue)", mark.label)
            } + [("", "\(field)-none", "Not recorded")]
        return .fieldset(
            .class(error == nil ? "field" : "field field-error"),
            .ariaDescribedBy(error == nil ? nil : "\(field)-error"),
            .legend(.text(date.longText)),
            PageLayout.errorMessage(error, id: "\(field)-error"),
            .div(
                .class("radios-inline"),
                .forEach(options) { option in
                    .div(
                        .class("field checkbox"),
                        .input(.type("radio"), .id(option.id), .name(field), .value(option.value), .checked(chosen == option.value)),
                        .label(.for(option.id), .text(option.label)))
                }))
    }

    private var feedbackBox: Node {
        guard detail.hasStarted else { return .group(.h2("Feedback"), .p("You can write feedback once the placement has started.")) }
        let error = problem(Self.feedbackField)
        return .group(
            .h2("Feedback"),
            PageLayout.labelled(
                Self.feedbackField, "Feedback to \(detail.studentName) (optional)",
                .textarea(
                    .id(Self.feedbackField), .name(Self.feedbackField), .rows(6),
                    .ariaDescribedBy(PageLayout.describedBy(Self.feedbackField, hinted: true, invalid: error != nil)),
                    .ariaInvalid(error != nil), .text(feedback ?? "")),
                hint:
                    "The student, their family and their school read it. Say what they did well and one thing to work on, in at most \(PlacementRules.maxFeedbackLength) characters.",
                error: error))
    }

    /// The marks of a meaningful experience only the provider can vouch for (Gatsby Benchmark 6).
    private var deliveredBoxes: Node {
        let error = problem(Self.deliveredField)
        return .fieldset(
            .class(error == nil ? "field" : "field field-error"),
            .ariaDescribedBy(PageLayout.describedBy(Self.deliveredField, hinted: true, invalid: error != nil)),
            .legend(.h2("What happened on the placement")),
            .p(
                .class("hint"), .id("\(Self.deliveredField)-hint"),
                "Tick each that is true. With learning outcomes, your feedback and the student's reflection, they make it a meaningful experience of work for the student's school."
            ),
            PageLayout.errorMessage(error, id: "\(Self.deliveredField)-error"),
            .forEach(DeliveredCriteria.all.enumerated().map { $0 }) { index, criterion in
                PageLayout.checkbox(
                    name: Self.deliveredField, id: index == 0 ? Self.deliveredField : "\(Self.deliveredField)-\(criterion.rawValue)",
                    value: criterion.rawValue, label: DeliveredCriteria.question(criterion), checked: delivered.contains(criterion.rawValue)
                )
            })
    }
}
