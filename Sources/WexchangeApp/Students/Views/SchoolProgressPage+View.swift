import Foundation
import WexchangeCore
import WexchangeHTML

extension SchoolProgressPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Progress against the target", viewer: viewer,
            [
                .h1("Progress against the target"),
                .p(.text("Target: \(progress.policy.label). Students on roll, with the experiences recorded in their journeys.")),
                years.isEmpty ? .p("No students yet: import your cohort first.") : yearTable,
                years.isEmpty ? .empty : equityTable,
                .h2(.text("Students behind for their year (\(progress.atRisk.count))")),
                .p(
                    "Disadvantaged students first, then those with SEN provision. Each has a milestone due by the end of this year, or one already missed."
                ),
                progress.atRisk.isEmpty ? .empty : .p(.class("list-summary"), .text(pagination.summary(("student", "students")))),
                progress.atRisk.isEmpty
                    ? .p("No one is behind.")
                    : DataTable(
                        caption: "Students behind for their year",
                        columns: [
                            .init(heading: "Student") { row in .a(.href(StudentRoutes.journey.link(row.id)), .text(row.name)) },
                            .init(heading: "Year") { .text("Year \($0.year)") },
                            .init(heading: "Disadvantaged") { .text($0.disadvantaged ? "Yes" : "No") },
                            .init(heading: "SEN provision") { .text($0.sen.label) },
                            .init(heading: "Still needs") { row in .group(row.needs.map { .p(.text($0)) }) },
                        ],
                        rows: Array(atRiskShown)
                    ).render(),
                pagination.render(label: "At-risk list pages", link: link(page:)),
            ])
    }

    private var yearTable: Node {
        typealias Column = DataTable<Int>.Column
        var columns: [Column] = [
            Column(heading: "Year") { .text("Year \($0)") },
            Column(heading: "Students") { .text(String(figures($0).students)) },
            Column(heading: "Meeting Benchmark 6 so far") { year in
                .text(SchoolProgress.Figures.share(figures(year).meetingBenchmark6, of: figures(year).students))
            },
        ]
        for milestone in milestones {
            columns.append(
                Column(heading: milestone.label) { year in
                    .text(SchoolProgress.Figures.share(figures(year).milestonesMet[milestone.id] ?? 0, of: figures(year).students))
                })
        }
        columns.append(
            Column(heading: "Placement days so far (average)") { year in
                let students = figures(year).students
                return .text(students == 0 ? "–" : FixedPoint.text(figures(year).placementDays / Double(students), places: 1))
            })
        columns.append(Column(heading: "Behind") { .text(String(figures($0).atRisk)) })
        return DataTable(caption: "Each year group", columns: columns, rows: years).render()
    }

    private func figures(_ year: Int) -> SchoolProgress.Figures { progress.years[year] ?? .init() }

    private var equityTable: Node {
        let rows = years.flatMap { year in SchoolProgress.Group.allCases.map { (year, $0) } }
        return .group(
            .h2("Disadvantaged students, students with SEN provision and others"),
            DataTable(
                caption: "Each year group by disadvantage and SEN provision",
                columns: [
                    .init(heading: "Year") { .text("Year \($0.0)") },
                    .init(heading: "Group") { .text($0.1.rawValue) },
                    .init(heading: "Students") { row in .text(String(figures(row).students)) },
                    .init(heading: "Meeting Benchmark 6 so far") { row in
                        .text(SchoolProgress.Figures.share(figures(row).meetingBenchmark6, of: figures(row).students))
                    },
                    .init(heading: "Behind") { row in .text(SchoolProgress.Figures.share(figures(row).atRisk, of: figures(row).students)) },
                ],
                rows: rows
            ).render())
    }

    private func figures(_ row: (Int, SchoolProgress.Group)) -> SchoolProgress.Figures {
        progress.groups[row.0]?[row.1] ?? .init()
    }
}
