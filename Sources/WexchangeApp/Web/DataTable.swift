import Foundation
import WexchangeHTML

/// A table of records that stays readable on a phone: on narrow screens each row becomes a
/// block of "heading: value" lines (like a summary list), each cell labelled from its column, so
/// nothing scrolls sideways. The headings are written once, here, for both layouts.
struct DataTable<Row> {
    struct Column {
        let heading: String
        let cell: (Row) -> Node
    }

    let caption: String
    let columns: [Column]
    let rows: [Row]

    func render() -> Node {
        .table(
            .class("data-table"),
            .caption(.text(caption)),
            .thead(.tr(.forEach(columns) { .th(.scope("col"), .text($0.heading)) })),
            .tbody(
                .forEach(rows) { row in
                    .tr(.forEach(columns) { column in .td(.dataLabel(column.heading), column.cell(row)) })
                }))
    }
}
