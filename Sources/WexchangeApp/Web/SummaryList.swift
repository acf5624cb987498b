import Foundation
import WexchangeHTML

/// The GOV.UK summary list (a key and its value per row) and summary card (a titled list with
/// its own actions), for checking answers and reviewing records. Values keep their line breaks
/// as paragraphs.
enum SummaryList {
    struct Row {
        let key: String
        /// Nil reads "Not given".
        let value: String?
        /// Marks a row as changed since an earlier version, with that version's value.
        var changedFrom: String?? = nil
    }

    static func render(_ rows: [Row]) -> Node {
        .dl(
            .class("summary-list"),
            .forEach(rows) { row in
                let changed = row.changedFrom != nil
                return .div(
                    .class(changed ? "summary-list-row changed" : "summary-list-row"),
                    .dt(.text(row.key), changed ? .strong(.class("tag"), " Changed") : .empty),
                    .dd(
                        paragraphs(row.value ?? "Not given"),
                        row.changedFrom.map { before in .p(.class("was"), .text("Was: \(before ?? "not given")")) } ?? .empty))
            })
    }

    /// A summary card: a heading with its actions (a "Change" button, say) above its rows.
    static func card(title: String, id: String, actions: Node, rows: [Row]) -> Node {
        .section(
            .class("summary-card"), .ariaLabelledBy(id),
            .div(.class("summary-card-title"), .h2(.id(id), .text(title)), actions),
            render(rows))
    }

    private static func paragraphs(_ text: String) -> Node {
        .group(text.split(separator: "\n", omittingEmptySubsequences: true).map { .p(.text(String($0))) })
    }
}
