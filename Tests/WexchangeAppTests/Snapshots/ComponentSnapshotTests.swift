import Foundation
import SnapshotTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeHTML
import WexchangeTestSupport

/// Each design-system component on its own, as a text snapshot: a change to one shows as a diff
/// of that component, wherever pages use it (`/design` shows them all together).
@Suite struct ComponentSnapshotTests {
    static let problem = FormProblem(AppError(.badRequest, code: "invalid", message: "enter the number of places, like 4", field: "places"))

    static let components: [(String, Node)] = [
        ("ErrorSummary", problem.summary),
        ("ErrorMessage", PageLayout.textField("places", "Places", value: "lots", hint: "How many at once.", problem: problem)),
        ("DateInput", DateInput.render("first_day", legend: "First day", value: "2027-06-14", error: nil)),
        ("DateInput-error", DateInput.render("first_day", legend: "First day", value: "2027-2-31", error: "First day must be a real date")),
        (
            "DataTable",
            DataTable(
                caption: "Listings",
                columns: [.init(heading: "Listing") { .text($0) }, .init(heading: "Status") { _ in .text("Published") }],
                rows: ["Robotics week"]
            ).render()
        ),
        ("Pagination", Pagination(requested: "5", pageSize: 20, total: 308).render { "/badges?page=\($0)" }),
        ("NotificationBanner", NotificationBanner.render(title: "Important", heading: "Applications close on 1 May 2027.")),
        ("NotificationBanner-success", NotificationBanner.render(title: "Success", heading: "Listing published", success: true)),
        ("SummaryList", DesignExamplesPage.summaryList),
        ("SummaryCard", DesignExamplesPage.summaryCard),
        ("ListSearchForm", ListSearchForm.render(action: "/badges", label: "Search badges", hint: "A name.", value: "quality")),
    ]

    @Test func eachComponent() {
        for (name, node) in Self.components {
            assertSnapshot(of: PageSnapshotTests.readable(node.render()), as: .lines, named: name, record: SnapshotRecording.mode)
        }
    }
}
