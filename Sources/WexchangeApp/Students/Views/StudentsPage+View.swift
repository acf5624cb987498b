import Foundation
import WexchangeCore
import WexchangeHTML

extension StudentsPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Students", viewer: viewer,
            [
                .h1("Students"),
                PageLayout.notice(notice),
                .p(
                    .text(
                        "\(viewer.organisationName): \(counts.onRoll) on roll, \(counts.disadvantaged) disadvantaged, \(counts.sen) with SEN provision."
                    )),
                canImport
                    ? .p(
                        .a(.class("button"), .href(StudentRoutes.importForm.link), "Import students"), " ",
                        .a(.href(StudentRoutes.progress.link), "Progress against the target"), .text(" · "),
                        .a(.href(StudentRoutes.accounts.link), "Student accounts"), .text(" · "),
                        .a(.href(StudentRoutes.audit.link), "Who has read these records")) : .empty,
                filterForm,
                .p(.class("list-summary"), .role("status"), .text(pagination.summary(("student", "students")))),
                rows.isEmpty
                    ? .empty
                    : DataTable(
                        caption: "Students",
                        columns: [
                            .init(heading: "Name") { row in .a(.href(StudentRoutes.student.link(row.id)), .text(row.name)) },
                            .init(heading: "Year") { .text("Year \($0.year)") },
                            .init(heading: "Disadvantaged") { .text($0.disadvantaged ? "Yes" : "No") },
                            .init(heading: "SEN provision") { .text($0.sen.label) },
                            .init(heading: "Account") { .text($0.hasAccount ? "Yes" : "Not yet") },
                            .init(heading: "On roll") { .text($0.hasLeft ? "Left" : "Yes") },
                        ],
                        rows: rows
                    ).render(),
                pagination.render(label: "Student list pages", link: link(page:)),
            ])
    }

    private var filterForm: Node {
        .form(
            .method("get"), .action(StudentRoutes.students.link), .class("filters"), .ariaLabel("Filter students"),
            PageLayout.labelled(
                "year", "Year group",
                PageLayout.select(
                    "year", [("", "All years")] + YearGroup.range.map { (String($0), "Year \($0)") },
                    chosen: { $0 == (filter.year.map(String.init) ?? "") })),
            PageLayout.textField("search", "Name or UPN", value: filter.search, problem: nil),
            PageLayout.checkbox(name: "left", label: "Include students who have left", checked: filter.includeLeft),
            PageLayout.submit("Show students", class: "secondary"))
    }
}
