import Foundation
import Testing
import WexchangeHTML
@testable import WexchangeApp
import WexchangeTestSupport

/// Numbered pages (design-system issue): the numbers shown, the summary line, and bad `?page=`
/// values, which show the nearest page rather than an error or an empty list.
@Suite struct PaginationTests {
    @Test func showsTheEndsAndTheCurrentPageWithItsNeighbours() {
        #expect(Pagination(requested: "1", pageSize: 20, total: 47).numbers == [1, 2, 3])
        #expect(Pagination(requested: "5", pageSize: 10, total: 160).numbers == [1, nil, 4, 5, 6, nil, 16])
        #expect(Pagination(requested: "2", pageSize: 10, total: 160).numbers == [1, 2, 3, nil, 16])
        #expect(Pagination(requested: "16", pageSize: 10, total: 160).numbers == [1, nil, 15, 16])
        #expect(Pagination(requested: "3", pageSize: 10, total: 50).numbers == [1, 2, 3, 4, 5])
    }

    @Test func summarisesWhatIsShown() {
        #expect(Pagination(requested: nil, pageSize: 20, total: 47).summary(("badge", "badges")) == "Showing 1 to 20 of 47 badges")
        #expect(Pagination(requested: "3", pageSize: 20, total: 47).summary(("badge", "badges")) == "Showing 41 to 47 of 47 badges")
        #expect(Pagination(requested: nil, pageSize: 20, total: 1).summary(("badge", "badges")) == "Showing 1 to 1 of 1 badge")
        #expect(Pagination(requested: nil, pageSize: 20, total: 0).summary(("badge", "badges")) == "No badges")
    }

    @Test func aBadPageNumberShowsTheNearestPage() {
        for (requested, expected) in [("0", 1), ("-4", 1), ("abc", 1), ("", 1), ("99999999999999999999", 1), ("7", 3), ("2", 2)] {
            let pagination = Pagination(requested: requested, pageSize: 20, total: 47)
            #expect(pagination.page == expected, "\(requested)")
            #expect(pagination.rows == (expected - 1) * 20..<(expected * 20))
        }
        #expect(Pagination(requested: "3", pageSize: 20, total: 0).page == 1)
    }

    @Test func linksEveryPageAndMarksTheCurrentOne() {
        let html = Pagination(requested: "2", pageSize: 20, total: 47).render { "/badges?page=\($0)" }.render()
        let page = ParsedHTML(html)
        let links = page.elements.filter { $0.name == "a" }
        #expect(
            links.compactMap { $0.value(of: "href") } == [
                "/badges?page=1", "/badges?page=1", "/badges?page=2", "/badges?page=3", "/badges?page=3",
            ])
        #expect(links.filter { $0.value(of: "aria-current") == "page" }.compactMap { $0.value(of: "href") } == ["/badges?page=2"])
        #expect(page.text.contains("Previous page"))
        #expect(page.text.contains("Next page"))
        #expect(Pagination(requested: nil, pageSize: 20, total: 20).render { "/x?page=\($0)" }.render().isEmpty)
    }
}
