import Foundation
import WexchangeCore
import WexchangeHTML

extension RoundPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: title, viewer: viewer, problem: problem != nil,
            [
                .p(.a(.class("back-link"), .href(RoundRoutes.rounds.link), "Back to rounds")),
                problem?.summary ?? .empty,
                doneMessage.map { NotificationBanner.render(title: "Success", heading: $0, success: true) } ?? .empty,
                .span(.class("caption"), .text("Allocation round")),
                .h1(.text(title)),
                yourResult,
                SummaryList.render(rules),
                choicesLink,
                progress,
                actions,
                places,
                pledging,
                results,
                withoutAPlace,
            ])
    }

    /// A student's own result: what they got and, for every choice above it, why not.
    private var yourResult: Node {
        guard let own = ownResult else { return .empty }
        return .section(
            .ariaLabelledBy("your-result"),
            .h2(.id("your-result"), "Your result"),
            .p(.text(own.headline)),
            own.reasons.isEmpty ? .empty : .ul(.forEach(own.reasons) { .li(.text($0)) }),
            own.offer.map { .p(.a(.href(OfferRoutes.offer.link($0)), "Read your offer and answer it")) }
                ?? .p("Your school's careers leader can help you find a place: ask them about requests and places that come back."))
    }

    /// School staff's students the run left without a place, each with why, and the way to help.
    private var withoutAPlace: Node {
        guard let unplaced, !unplaced.isEmpty || manages else { return .empty }
        return .section(
            .ariaLabelledBy("without-a-place"),
            .h2(.id("without-a-place"), "Your students without a place"),
            unplaced.isEmpty
                ? .p("Every student of your school who took part was given a place.")
                : .group(
                    .p(
                        .class("hint"),
                        "Why each of their choices was not given. Offering returned places again puts them first; a request to a provider is another way."
                    ),
                    DataTable(
                        caption: "Students without a place",
                        columns: [
                            .init(heading: "Student") { student in
                                .group(
                                    .a(.href(StudentRoutes.student.link(student.studentId)), .text(student.name)),
                                    .p(.class("hint"), .text("Year \(student.yearGroup)")))
                            },
                            .init(heading: "Why") { student in
                                student.reasons.isEmpty
                                    ? .text("They ranked no place they could take.") : .ul(.forEach(student.reasons) { .li(.text($0)) })
                            },
                        ],
                        rows: unplaced
                    ).render()))
    }

    /// The managers' next step, each a button in its own form.
    private var actions: Node {
        guard manages, !steps.isEmpty || waiting != nil else { return .empty }
        return .section(
            .ariaLabelledBy("next"),
            .h2(.id("next"), "What happens next"),
            waiting.map { .p(.text($0)) } ?? .empty,
            .forEach(steps) { step in
                PageLayout.postForm(
                    step.action, csrf: viewer.csrfToken, label: step.button,
                    [
                        .p(.class("hint"), .text(step.hint)),
                        PageLayout.submit(step.button, class: step.secondary ? "secondary" : nil),
                    ])
            })
    }

    /// How far a run in the background has got, or why it stopped (its managers only).
    private var progress: Node {
        guard let running else { return .empty }
        if let failure = running.failure {
            return .div(
                .class("error-summary"), .role("alert"), .h2("The run stopped"), .p(.text(failure)),
                .p("Nothing was written. You can run it again below."))
        }
        return .section(
            .ariaLabelledBy("running"), .class("notice"), .role("status"),
            .h2(.id("running"), "The round is running"),
            .p(.text("Started at \(DateStyle.moment(running.started)). Now: \(running.step).")),
            .p(.a(.href(RoundRoutes.round.link(round.summary.id)), "Check again")),
            .p(.class("hint"), "It takes a few seconds for a school or hub round. The results appear on this page when it finishes."))
    }

    /// A student's way to rank, while choices are open.
    private var choicesLink: Node {
        guard let ownChoices, round.summary.state == .preferencesOpen, round.summary.settings.preferencesAreOpen(on: today) else {
            return .empty
        }
        return .p(.a(.class("button"), .href(ownChoices), "Make your choices"))
    }

    private var places: Node {
        let pledges = round.pledges
        let shared = pledges.contains { $0.cutoff != nil }
        var columns: [DataTable<RoundReader.Pledge>.Column] = [
            .init(heading: "Opportunity") { pledge in
                .group(
                    .a(.href(CatalogueRoutes.opportunity.link(pledge.opportunityId)), .text(pledge.title)),
                    .p(.class("hint"), .text(pledge.providerName)))
            },
            .init(heading: "Places") { .text(String($0.places)) },
            .init(heading: "Who goes first") { .text($0.priority.map(Self.priorityText) ?? "The round's order") },
        ]
        if shared { columns.append(.init(heading: "How far places reached") { .text($0.cutoff ?? "Not recorded") }) }
        return .section(
            .ariaLabelledBy("places"),
            .h2(.id("places"), "Places in this round"),
            pledges.isEmpty
                ? .p("No places pledged yet.")
                : DataTable(caption: "Places pledged by providers", columns: columns, rows: pledges).render())
    }

    /// The run's totals (its managers, or everyone once published) and, for its managers, how
    /// each priority group did, small groups held back.
    private var results: Node {
        guard let totals else { return .empty }
        let groups = round.groups ?? []
        let columns: [DataTable<RoundRunReport.Group>.Column] = [
            .init(heading: "Group") { .text(Self.groupName($0.name)) },
            .init(heading: "Students") { .text(SmallNumbers.count($0.students)) },
            .init(heading: "Placed") { .text(SmallNumbers.share($0.placed, of: $0.students)) },
            .init(heading: "Placed at one of their first three choices") { .text(SmallNumbers.share($0.topThree, of: $0.students)) },
        ]
        return .section(
            .ariaLabelledBy("results"),
            .h2(.id("results"), "Results"),
            SummaryList.render(totals),
            groups.isEmpty
                ? .empty
                : .group(
                    .h3("By priority group"),
                    .p(.class("hint"), .text("A student can be in more than one group. " + SmallNumbers.legend)),
                    DataTable(caption: "Placed by priority group", columns: columns, rows: groups).render()))
    }
}
