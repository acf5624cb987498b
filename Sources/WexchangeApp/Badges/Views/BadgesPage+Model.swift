import Foundation
import WexchangeCore

/// Badge management for assessors (their body's badges) and national admins (every badge): a
/// grant form, then the badges a page at a time with a search box.
struct BadgesPage {
    let viewer: Viewer
    let rows: [BadgeService.Row]
    let pagination: Pagination
    var search: String? = nil
    var form: [String: String] = [:]
    var notice: String?
    var problem: FormProblem?

    /// A page of the list, keeping the search.
    func link(page: Int) -> String {
        BadgeRoutes.badges.link(query: (search.map { [("search", $0)] } ?? []) + [("page", String(page))])
    }
}
