import Foundation
import WexchangeCore
import WexchangeHTML
import WexchangeMatching

extension RoundForm: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: title, viewer: viewer, problem: !problems.isEmpty,
            [
                .p(.a(.class("back-link"), .href(RoundRoutes.rounds.link), "Back to rounds")),
                ErrorSummary.render(problems.map { ErrorSummary.Item(field: $0.field, message: $0.message) }),
                .h1(.text(title)),
                .p(
                    "Providers pledge places to the round while you set it up. Its rules are fixed once it opens for choices, so every student chooses under the same ones."
                ),
                PageLayout.postForm(
                    RoundRoutes.rounds.link, csrf: viewer.csrfToken, label: "Round",
                    [
                        PageLayout.textField(
                            "name", "Name of the round", value: input.name, hint: "For example, Year 10 summer placements.",
                            problem: problem("name").map { FormProblem(field: "name", message: $0) }),
                        DateInput.render(
                            "preferences_open", legend: "Students start choosing on", value: input.preferencesOpen,
                            error: problem("preferences_open")),
                        DateInput.render(
                            "preferences_close", legend: "Students finish choosing on", value: input.preferencesClose,
                            error: problem("preferences_close")),
                        DateInput.render(
                            "offer_deadline", legend: "Students answer their offers by", value: input.offerDeadline,
                            error: problem("offer_deadline")),
                        PageLayout.labelled(
                            "preference_limit", "How many places a student may rank",
                            PageLayout.textInput(
                                "preference_limit", value: limitText, inputmode: "numeric", hinted: true, size: 2,
                                invalid: problem("preference_limit") != nil),
                            hint:
                                "From \(RoundSettings.preferenceLimitRange.lowerBound) to \(RoundSettings.preferenceLimitRange.upperBound).",
                            error: problem("preference_limit")),
                        priority,
                        PageLayout.submit("Set up the round"),
                    ]),
            ])
    }

    /// Who goes first when a place has more students than places: one list per position.
    private var priority: Node {
        let chosen = input.priority ?? []
        let options = [("", "No one else")] + criteria.map { ($0.rawValue, $0.groupName) }
        return .fieldset(
            .class("field"), .ariaDescribedBy("priority-hint"),
            .legend(.h2("Who goes first")),
            .p(
                .class("hint"), .id("priority-hint"),
                .text(
                    "When a place has more students than places, these groups go first, in this order; the round's lottery decides the rest. A provider may give its own place a different order."
                )),
            .forEach(Array(1...criteria.count)) { position in
                let name = Self.priorityField(position)
                let value = position <= chosen.count ? chosen[position - 1] : ""
                return PageLayout.labelled(
                    name, "\(Ordinal.text(position)) group",
                    PageLayout.select(name, options, invalid: problem(name) != nil) { $0 == value }, error: problem(name))
            })
    }
}
