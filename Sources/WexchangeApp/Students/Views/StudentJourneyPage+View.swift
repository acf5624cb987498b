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
                items.isEmpty
                    ? .p("No experiences recorded yet.")
                    : .ol(.class("timeline"), .forEach(timeline) { experience($0) }),
                skillsProfile,
            ])
    }

    private func experience(_ item: Item) -> Node {
        let entry = item.entry
        let title = "\(entry.type.label) with \(entry.providerName)"
        return .li(
            .h3(.text(title)),
            .p(
                .class("hint"),
                .text(
                    "\(DateStyle.day(entry.start))\(entry.end == entry.start ? "" : " to \(DateStyle.day(entry.end))"), Year \(entry.yearGroup)"
                )),
            .p(
                .text(
                    "\(DayCount.text(entry.days)), \(entry.mode.label.lowercased())\(entry.sector.map { ", \($0.label)" } ?? ""). \(entry.isMeaningful ? "Met all seven marks of a meaningful experience." : "Met \(entry.meaningful.map { _ in 1 }.count) of the seven marks of a meaningful experience.")"
                )),
            SummaryList.render(
                [
                    item.reflection.goals.map { SummaryList.Row(key: "Goals", value: $0) },
                    item.reflection.text.map { SummaryList.Row(key: "Reflection", value: $0) },
                ].compactMap { $0 }),
            canReflect ? reflectionLinks(item, title: title) : .empty)
    }

    /// Goals can change until the reflection is written; the reflection can be rewritten.
    private func reflectionLinks(_ item: Item, title: String) -> Node {
        .p(
            item.reflection.hasReflected
                ? .empty
                : .a(
                    .href(StudentRoutes.goals.link(item.id)), .text(item.reflection.hasGoals ? "Change the goals" : "Set goals"),
                    .span(.class("visually-hidden"), .text(" for \(title.lowercasedFirst)"))),
            item.reflection.hasReflected ? .empty : .text(" · "),
            .a(
                .href(StudentRoutes.reflection.link(item.id)),
                .text(item.reflection.hasReflected ? "Change the reflection" : "Reflect on it"),
                .span(.class("visually-hidden"), .text(" (\(title.lowercasedFirst))"))))
    }

    /// Each skill's ratings from the reflections, oldest first, as a table a screen reader reads.
    private var skillsProfile: Node {
        let profile = skills
        guard !profile.isEmpty else { return .empty }
        return .group(
            .h2("Skills over time"),
            DataTable(
                caption:
                    "Ratings from \(profile.reflections) reflection\(profile.reflections == 1 ? "" : "s"), from 1 (just starting) to 5 (could teach others)",
                columns: [
                    .init(heading: "Skill") { .text($0.skill.label) },
                    .init(heading: "First") { .text($0.first.map(String.init) ?? "Not rated") },
                    .init(heading: "Latest") { .text($0.latest.map(String.init) ?? "Not rated") },
                    .init(heading: "Every rating, oldest first") { .text($0.ratings.map(String.init).joined(separator: ", ")) },
                ],
                rows: profile.lines
            ).render())
    }
}
