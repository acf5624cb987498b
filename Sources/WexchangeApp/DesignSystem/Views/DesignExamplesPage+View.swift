import Foundation
import WexchangeHTML

extension DesignExamplesPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Design system examples", viewer: viewer,
            [
                .h1("Design system examples"),
                .p(
                    .class("lead"),
                    "The components every Wexchange page is built from, after the GOV.UK Design System. This page is for the people building pages; it is not linked from the site."
                ),
                .h2("Components"),
                .dl(
                    .class("summary-list"),
                    .forEach(Self.components) { component in
                        .div(.class("summary-list-row"), .dt(.text(component.name)), .dd(.text(component.purpose)))
                    }),
                example(
                    "Error summary and error message",
                    .group(
                        Self.problem.summary,
                        PageLayout.textField(
                            "places", "Places", value: "lots", hint: "How many students you can take at once.", problem: Self.problem))),
                example(
                    "Date input",
                    DateInput.render("example_date", legend: "First day", value: "2027-06-14", error: nil)),
                example("Summary list and summary card", .group(Self.summaryList, Self.summaryCard)),
                example(
                    "Notification banner",
                    .group(
                        NotificationBanner.render(title: "Important", heading: "Applications for summer placements close on 1 May 2027."),
                        NotificationBanner.render(
                            title: "Success", heading: "Listing published", text: "Schools can find it now.", success: true))),
                example(
                    "Data table",
                    DataTable(
                        caption: "Listings",
                        columns: [
                            .init(heading: "Listing") { .text($0.0) },
                            .init(heading: "Status") { .text($0.1) },
                            .init(heading: "Last changed") { .text($0.2) },
                        ],
                        rows: [
                            ("Robotics week", "Published", "30 November 2026 at 7:29am"),
                            ("Hospital insight day", "Waiting for approval", "1 December 2026 at 9:05am"),
                        ]
                    ).render()),
                example(
                    "Pagination",
                    .group(
                        .p(
                            .class("list-summary"), .text(Pagination(requested: "5", pageSize: 20, total: 308).summary(("badge", "badges")))
                        ),
                        Pagination(requested: "5", pageSize: 20, total: 308).render(label: "Example pages") {
                            "\(DesignRoutes.examples.link)?page=\($0)"
                        })),
                example(
                    "Confirmation",
                    .group(
                        .p(.strong("Close “Robotics week”?")),
                        .ul(.li("Students will no longer be able to find it."), .li("You can reopen it from your listings.")),
                        .p(
                            .button(.type("button"), .class("danger"), "Yes, close it"), " ",
                            .a(.href(DesignRoutes.examples.link), "No, go back")))),
                example(
                    "Service navigation, phase banner and footer",
                    .p("At the top and bottom of this page, as on every page: the menu shows only what the reader's role can use.")),
            ])
    }

    static let summaryList = SummaryList.render([
        .init(key: "Type", value: "Work placement"), .init(key: "Places", value: "6", changedFrom: "4"),
        .init(key: "Fixed dates", value: "5 to 9 July 2027"), .init(key: "Apply by", value: nil),
    ])

    static let summaryCard = SummaryList.card(
        title: "Where and when", id: "example-card",
        actions: PageLayout.submit("Change", class: "link-button", context: "where and when"),
        rows: [.init(key: "Postcode", value: "NE1 4ST"), .init(key: "Places", value: "4")])

    private func example(_ name: String, _ body: Node) -> Node {
        .section(.class("design-example"), .ariaLabel(name), .h2(.text(name)), body)
    }
}
