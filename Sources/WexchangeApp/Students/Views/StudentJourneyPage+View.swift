import Foundation
import WexchangeCore
import WexchangeHTML

extension StudentJourneyPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "\(name)'s journey", viewer: viewer,
            [
                viewer.listsStudents
                    ? .p(.a(.class("back-link"), .href(StudentRoutes.student.link(studentId)), "Back to the record")) : .empty,
                .h1(.text("\(name)'s journey")),
                PageLayout.notice(notice),
                .p(
                    .text(
                        "Year \(year). \(DayCount.text(progress.placementDays)) of placements so far, and \(progress.encounters) talk\(progress.encounters == 1 ? "" : "s"), visit\(progress.encounters == 1 ? "" : "s") or other encounter\(progress.encounters == 1 ? "" : "s") (\(DayCount.text(progress.encounterDays)))."
                    )),
                canRecord ? .p(.a(.class("button"), .href(StudentRoutes.journeyNew.link(studentId)), "Record an experience")) : .empty,
                .h2("Where things stand"),
                .p(.text("The school's target: \(policy.label).")),
                SummaryList.render(rows(progress.policy)),
                .h2("Gatsby Benchmark 6: meaningful experiences of workplaces"),
                SummaryList.render(rows(progress.benchmark6)),
                .h2("Experiences"),
                entries.isEmpty
                    ? .p("No experiences recorded yet.")
                    : .ol(
                        .class("timeline"),
                        .forEach(timeline) { entry in
                            .li(
                                .h3(.text("\(entry.type.label) with \(entry.providerName)")),
                                .p(
                                    .class("hint"),
                                    .text(
                                        "\(DateStyle.day(entry.start))\(entry.end == entry.start ? "" : " to \(DateStyle.day(entry.end))"), Year \(entry.yearGroup)"
                                    )),
                                .p(
                                    .text(
                                        "\(DayCount.text(entry.days)), \(entry.mode.label.lowercased())\(entry.sector.map { ", \($0.label)" } ?? ""). \(entry.isMeaningful ? "Met all seven marks of a meaningful experience." : "Met \(entry.meaningful.map { _ in 1 }.count) of the seven marks of a meaningful experience.")"
                                    )))
                        }),
            ])
    }
}
