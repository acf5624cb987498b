import Foundation
import WexchangeHTML

/// Numbered pages of a long list (GOV.UK pagination): "Showing 21 to 40 of 308 badges", then
/// Previous, 1 … 4 [5] 6 … 16, Next. Pages are numbered from 1; `link` gives a page's address
/// (keeping the list's search and filters).
struct Pagination: Sendable {
    let page: Int
    let pageSize: Int
    let total: Int

    /// The number asked for in `?page=`, clamped to the pages there are (a bad value shows page 1).
    init(requested: String?, pageSize: Int, total: Int) {
        let pageCount = max(1, (total + pageSize - 1) / pageSize)
        self.page = min(max(1, requested.flatMap { Int($0) } ?? 1), pageCount)
        self.pageSize = pageSize
        self.total = total
    }

    /// A page number already checked (the search query's `page`), clamped like a requested one.
    init(page: Int, pageSize: Int, total: Int) {
        self.init(requested: String(page), pageSize: pageSize, total: total)
    }

    var pageCount: Int { max(1, (total + pageSize - 1) / pageSize) }
    /// The rows of this page, for a query's `range`.
    var offset: Int { (page - 1) * pageSize }
    var rows: Range<Int> { offset..<(offset + pageSize) }

    /// "Showing 21 to 40 of 308 badges"; "No badges" when there are none.
    func summary(_ noun: (singular: String, plural: String)) -> String {
        guard total > 0 else { return "No \(noun.plural)" }
        let last = min(total, offset + pageSize)
        return "Showing \(offset + 1) to \(last) of \(total) \(total == 1 ? noun.singular : noun.plural)"
    }

    /// The page numbers to show, nil for a gap: the first, the last, and the current one with its
    /// neighbours.
    var numbers: [Int?] {
        var shown: [Int?] = []
        for number in 1...pageCount where number == 1 || number == pageCount || abs(number - page) <= 1 {
            if let last = shown.last, let last, number > last + 1 { shown.append(nil) }
            shown.append(number)
        }
        return shown
    }

    /// The navigation, or nothing when everything fits on one page.
    func render(label: String = "Pages", link: (Int) -> String) -> Node {
        guard pageCount > 1 else { return .empty }
        return .nav(
            .class("pagination"), .ariaLabel(label),
            page > 1 ? .a(.class("pagination-prev"), .href(link(page - 1)), .rel("prev"), "Previous", pageWord) : .empty,
            .ul(
                .forEach(numbers) { number in
                    guard let number else { return .li(.class("pagination-gap"), .ariaHidden(), "…") }
                    return .li(
                        number == page
                            ? .a(.href(link(number)), .ariaCurrent("page"), .class("pagination-current"), .text(String(number)))
                            : .a(.href(link(number)), .ariaLabel("Page \(number)"), .text(String(number))))
                }),
            page < pageCount ? .a(.class("pagination-next"), .href(link(page + 1)), .rel("next"), "Next", pageWord) : .empty)
    }

    private var pageWord: Node { .span(.class("visually-hidden"), " page") }
}
