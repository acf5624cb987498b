import Foundation
import WexchangeHTML

/// The GOV.UK error summary: at the top of the page, announced, focused when the page loads, and
/// each problem a link to the field to fix (or plain text when no one field is to blame).
enum ErrorSummary {
    struct Item: Sendable {
        /// The id of the field to fix.
        let field: String?
        let message: String
    }

    static func render(_ items: [Item]) -> Node {
        guard !items.isEmpty else { return .empty }
        return .div(
            .class("error-summary"), .role("alert"), .tabindex(-1), .id("error-summary"), .autofocus(),
            .h2("There is a problem"),
            .ul(
                .forEach(items) { item in
                    .li(item.field.map { .a(.href("#\($0)"), .text(item.message)) } ?? .text(item.message))
                }))
    }
}
