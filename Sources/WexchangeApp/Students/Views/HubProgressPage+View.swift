import Foundation
import WexchangeCore
import WexchangeHTML

extension HubProgressPage: PageView {
    var document: HTMLDocument {
        let title = "Progress in \(progress.hubName)'s schools"
        return PageLayout.render(
            title: title, viewer: viewer,
            [
                .h1(.text(title)),
                .p(
                    "Each school is measured against its own target. Figures only: no student is named, and groups too small to show are marked."
                ),
                .p(.class("hint"), .text(SmallNumbers.legend)),
                progress.schools.isEmpty
                    ? .p("No schools in the hub have students in Wexchange yet.") : .group(chart, schoolTable, yearTable),
            ])
    }

    private var chart: Node {
        BarChart(
            id: "hub-chart", title: "Students on track for their year across the hub, by group",
            summary:
                "For each year group across the hub's schools, the share of disadvantaged students, of students with SEN provision and of others who are not behind. The tables below have every figure.",
            groups: ProgressTables.onTrackByGroup(years: years, figures: { progress.groups[$0.0]?[$0.1] ?? .init() }) { figures in
                (SmallNumbers.fraction(figures.onTrack, of: figures.students), SmallNumbers.share(figures.onTrack, of: figures.students))
            }
        ).render()
    }

    private var schoolTable: Node {
        typealias Column = DataTable<HubProgress.School>.Column
        return DataTable(
            caption: "Each school",
            columns: [
                Column(heading: "School") { .text($0.name) },
                Column(heading: "Target") { .text($0.policy == .statutory2025 ? "Statutory guidance" : "Two weeks of placements") },
                Column(heading: "Students") { .text(SmallNumbers.count($0.total.students)) },
                Column(heading: "On track") { .text(Self.share($0.total, \.onTrack)) },
                Column(heading: "Meeting Benchmark 6 so far") { .text(Self.share($0.total, \.meetingBenchmark6)) },
                Column(heading: "Disadvantaged on track") { .text(Self.share($0.groups[.disadvantaged], \.onTrack)) },
                Column(heading: "SEN provision on track") { .text(Self.share($0.groups[.sen], \.onTrack)) },
                Column(heading: "Others on track") { .text(Self.share($0.groups[.others], \.onTrack)) },
            ],
            rows: progress.schools
        ).render()
    }

    private var yearTable: Node {
        let rows = years.flatMap { year in HubProgress.Group.allCases.map { (year, $0) } }
        return DataTable(
            caption: "Each year group across the hub, by disadvantage and SEN provision",
            columns: [
                .init(heading: "Year") { .text("Year \($0.0)") },
                .init(heading: "Group") { .text($0.1.rawValue) },
                .init(heading: "Students") { row in .text(SmallNumbers.count(progress.groups[row.0]?[row.1]?.students ?? 0)) },
                .init(heading: "On track") { row in .text(Self.share(progress.groups[row.0]?[row.1], \.onTrack)) },
                .init(heading: "Meeting Benchmark 6 so far") { row in
                    .text(Self.share(progress.groups[row.0]?[row.1], \.meetingBenchmark6))
                },
            ],
            rows: rows
        ).render()
    }
}
