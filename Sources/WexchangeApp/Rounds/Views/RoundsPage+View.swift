import Foundation
import WexchangeCore
import WexchangeHTML

extension RoundsPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: title, viewer: viewer,
            [
                .h1(.text(title)),
                .p(
                    "In a round, students rank the places providers pledged; the places then go out fairly, students with the most need first, and everyone is told at once."
                ),
                setsUp ? .p(.a(.class("button"), .href(RoundRoutes.new.link), "Set up a round")) : .empty,
                rounds.isEmpty
                    ? .p("There are no rounds to show yet.")
                    : DataTable(caption: "Rounds", columns: columns, rows: rounds).render(),
            ])
    }

    private var columns: [DataTable<RoundReader.Summary>.Column] {
        [
            .init(heading: "Round") { .a(.href(RoundRoutes.round.link($0.id)), .text($0.name)) },
            .init(heading: "Run by") { .text($0.runBy) },
            .init(heading: "Where it stands") { .text($0.state.label) },
            .init(heading: "Choices") {
                .text("\($0.settings.preferencesOpen.longText) to \($0.settings.preferencesClose.longText)")
            },
            .init(heading: "Offers answered by") { .text($0.settings.offerDeadline.longText) },
        ]
    }
}
