import Foundation
import WexchangeCore
import WexchangeHTML

extension ChoicesForm: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: title, viewer: viewer, problem: !problems.isEmpty,
            [
                .p(.a(.class("back-link"), .href(RoundRoutes.round.link(choosing.roundId)), "Back to the round")),
                ErrorSummary.render(problems.map { ErrorSummary.Item(field: $0.field, message: $0.message) }),
                saved
                    ? NotificationBanner.render(
                        title: "Success",
                        heading: "Choices saved. They can change until \(choosing.settings.preferencesClose.longText).", success: true)
                    : .empty,
                .span(.class("caption"), .text(choosing.roundName)),
                .h1(.text(title)),
                choosing.closed.map { .group(.p(.text($0)), madeChoices) } ?? form,
                cannotChoose,
            ])
    }

    private var form: Node {
        guard !choosing.eligible.isEmpty else {
            return .p(.text("There is nothing in this round \(forStudent ? "you" : "they") can choose. Talk to your careers leader."))
        }
        let options = [("", "Not chosen")] + choosing.eligible.map { ($0.id.uuidString, "\($0.title) – \($0.providerName)") }
        return PageLayout.postForm(
            RoundRoutes.choices.link(choosing.roundId, choosing.studentId), csrf: viewer.csrfToken, label: "Choices",
            [
                .p(
                    .text(
                        "Put the places \(forStudent ? "you" : "they") would most like first. "
                            + "Choose up to \(choosing.settings.preferenceLimit), by \(choosing.settings.preferencesClose.longText). "
                            + "Ranking more places gives a better chance of one of them; no place is lost by ranking another below it.")),
                .forEach(Array(1...choosing.slots)) { slot in
                    let name = Self.field(slot)
                    let value = slot <= chosen.count ? chosen[slot - 1] : ""
                    return PageLayout.labelled(
                        name, label(slot),
                        PageLayout.select(name, options, invalid: problem(slot) != nil) { $0 == value },
                        error: problem(slot))
                },
                PageLayout.submit("Save choices"),
            ])
    }

    /// The choices as stored, when they can no longer change.
    private var madeChoices: Node {
        let titles = choosing.chosen.compactMap { id in choosing.options.first { $0.id == id } }
        guard !titles.isEmpty else { return .empty }
        return .group(
            .h2("Choices made"),
            .ol(.forEach(titles) { .li(.text("\($0.title) – \($0.providerName)")) }))
    }

    /// The round's places the student cannot choose, each with why (so nobody wonders).
    private var cannotChoose: Node {
        let others = choosing.options.filter { !$0.reasons.isEmpty }
        guard !others.isEmpty else { return .empty }
        return .section(
            .ariaLabelledBy("cannot"),
            .h2(.id("cannot"), .text(forStudent ? "Places you cannot choose" : "Places they cannot choose")),
            .ul(
                .forEach(others) { option in
                    .li(.text("\(option.title) – \(option.providerName): "), .text(option.reasons.joined(separator: "; ")))
                }))
    }
}
