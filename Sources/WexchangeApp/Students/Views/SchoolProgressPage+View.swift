import Foundation
import WexchangeCore
import WexchangeHTML

extension SchoolProgressPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Progress against the target", viewer: viewer,
            [
                .h1("Progress against the target"),
                PageLayout.notice(notice),
                .p(.text("Target: \(progress.policy.label). Students on roll, with the experiences recorded in their journeys.")),
                .p(
                    .a(.href(StudentRoutes.progressCSV.link), "Download every student's progress (CSV)"), .text(" · "),
                    .a(.href(StudentRoutes.progressPrint.link), "Printable copy for inspection")),
                tables.years.isEmpty ? .p("No students yet: import your cohort first.") : tables.yearTable,
                tables.years.isEmpty ? .empty : tables.equity,
                .h2(.text("Students behind for their year (\(progress.atRisk.count))")),
                .p(
                    "Disadvantaged students first, then those with SEN provision. Each has a milestone due by the end of this year, or one already missed."
                ),
                progress.atRisk.isEmpty ? .empty : .p(.class("list-summary"), .text(pagination.summary(("student", "students")))),
                progress.atRisk.isEmpty ? .p("No one is behind.") : ProgressTables.atRisk(Array(atRiskShown)),
                pagination.render(label: "At-risk list pages", link: link(page:)),
                policyForm,
            ])
    }

    /// The school's choice of target (GOV.UK radios with a hint for each).
    private var policyForm: Node {
        .group(
            .h2("The school's target"),
            PageLayout.postForm(
                StudentRoutes.progressPolicy.link, csrf: viewer.csrfToken, label: "The school's target",
                [
                    .fieldset(
                        .class("field"),
                        .legend("Which target does the school measure its students against?"),
                        .forEach(TargetPolicy.allCases) { policy in
                            .div(
                                .class("field checkbox"),
                                .input(
                                    .type("radio"), .id("policy-\(policy.rawValue)"), .name("policy"), .value(policy.rawValue),
                                    .checked(policy == progress.policy)),
                                .label(.for("policy-\(policy.rawValue)"), .text(policy.label)))
                        }),
                    PageLayout.submit("Save the target", class: "secondary"),
                ]))
    }
}

extension SchoolProgressPrintPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Work experience and Benchmark 6 at \(schoolName)", viewer: viewer,
            [
                .p(.class("no-print"), .a(.class("back-link"), .href(StudentRoutes.progress.link), "Back to progress")),
                .h1(.text("Work experience and Benchmark 6 at \(schoolName)")),
                .p(.text("As recorded in Wexchange on \(DateStyle.day(day)). Target: \(progress.policy.label).")),
                tables.years.isEmpty ? .p("No students on roll.") : tables.yearTable,
                tables.years.isEmpty ? .empty : tables.equity,
                .h2(.text("Students behind for their year (\(progress.atRisk.count))")),
                progress.atRisk.isEmpty ? .p("No one is behind.") : ProgressTables.atRisk(progress.atRisk),
            ])
    }
}
