import Foundation
import WexchangeHTML

/// The search box above a long list: one field, sent with GET so the address can be shared and
/// the pages keep it.
enum ListSearchForm {
    static func render(action: String, label: String, hint: String, value: String?, hidden: [(String, String)] = []) -> Node {
        .form(
            .method("get"), .action(action), .class("list-search"), .role("search"), .ariaLabel(label),
            .forEach(hidden) { name, value in .input(.type("hidden"), .name(name), .value(value)) },
            PageLayout.labelled("search", label, PageLayout.textInput("search", value: value, type: "search", hinted: true), hint: hint),
            PageLayout.submit("Search", class: "secondary"))
    }
}
