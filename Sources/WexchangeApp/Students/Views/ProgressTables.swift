import Foundation
import WexchangeCore
import WexchangeHTML

/// The figures of a school's progress, as the progress page and its printable inspection copy
/// both show them: each year group, the equity split as a chart and a table, the at-risk list.
struct ProgressTables {
    let progress: SchoolProgress

    var years: [Int] { progress.years.keys.sorted() }

    func figures(_ year: Int) -> SchoolProgress.Figures { progress.years[year] ?? .init() }

    func figures(_ row: (Int, SchoolProgress.Group)) -> SchoolProgress.Figures {
        progress.groups[row.0]?[row.1] ?? .init()
    }

    var yearTable: Node {
        typealias Column = DataTable<Int>.Column
        var columns: [Column] = [
            Column(heading: "Year") { .text("Year \($0)") },
            Column(heading: "Students") { .text(String(figures($0).students)) },
            Column(heading: "Meeting Benchmark 6 so far") { year in
                .text(SchoolProgress.Figures.share(figures(year).meetingBenchmark6, of: figures(year).students))
            },
        ]
        for milestone in progress.policy.milestones {
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

    /// The share of each group on track for their year, as a chart, then every figure as a table.
    var equity: Node {
        let rows = years.flatMap { year in SchoolProgress.Group.allCases.map { (year, $0) } }
        return .group(
            .h2("Disadvantaged students, students with SEN provision and others"),
            BarChart(
                id: "equity-chart", title: "Students on track for their year, by group",
                summary:
                    "For each year group, the share of disadvantaged students, of students with SEN provision and of others who are not behind. The table below has every figure.",
                groups: Self.onTrackByGroup(years: years, figures: figures) { figures in
                    figures.students == 0
                        ? (nil, "no students")
                        : (
                            Double(figures.onTrack) / Double(figures.students),
                            SchoolProgress.Figures.share(figures.onTrack, of: figures.students)
                        )
                }
            ).render(),
            DataTable(
                caption: "Each year group by disadvantage and SEN provision",
                columns: [
                    .init(heading: "Year") { .text("Year \($0.0)") },
                    .init(heading: "Group") { .text($0.1.rawValue) },
                    .init(heading: "Students") { row in .text(String(figures(row).students)) },
                    .init(heading: "On track") { row in .text(SchoolProgress.Figures.share(figures(row).onTrack, of: figures(row).students))
                    },
                    .init(heading: "Meeting Benchmark 6 so far") { row in
                        .text(SchoolProgress.Figures.share(figures(row).meetingBenchmark6, of: figures(row).students))
                    },
                    .init(heading: "Behind") { row in .text(SchoolProgress.Figures.share(figures(row).atRisk, of: figures(row).students)) },
                ],
                rows: rows
            ).render())
    }

    /// For each year, a bar per equity group of the share on track; `shown` says how a group's
    /// figures are drawn (the hub's page hides small groups, the school's own page does not).
    static func onTrackByGroup(
        years: [Int], figures: ((Int, SchoolProgress.Group)) -> SchoolProgress.Figures,
        shown: (SchoolProgress.Figures) -> (share: Double?, text: String)
    ) -> [BarChart.Group] {
        years.map { year in
            BarChart.Group(
                label: "Year \(year)",
                bars: SchoolProgress.Group.allCases.enumerated().map { index, group in
                    let (share, text) = shown(figures((year, group)))
                    return BarChart.Bar(label: group.shortLabel, share: share, shown: text, style: "bar-\(index + 1)")
                })
        }
    }

    /// Students behind, each linked to their journey, with what they still need.
    static func atRisk(_ rows: [SchoolProgress.AtRisk]) -> Node {
        DataTable(
            caption: "Students behind for their year",
            columns: [
                .init(heading: "Student") { row in .a(.href(StudentRoutes.journey.link(row.id)), .text(row.name)) },
                .init(heading: "Year") { .text("Year \($0.year)") },
                .init(heading: "Disadvantaged") { .text($0.disadvantaged ? "Yes" : "No") },
                .init(heading: "SEN provision") { .text($0.sen.label) },
                .init(heading: "Still needs") { row in .group(row.needs.map { .p(.text($0)) }) },
            ],
            rows: rows
        ).render()
    }
}
