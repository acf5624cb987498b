import Foundation
import Hummingbird
import WexchangeCore

/// Private calendar links: the feed itself (anyone with the key), and the page and API where a
/// student or a provider's person makes or stops theirs.
enum CalendarRoutes {
    /// `/calendar/wexcal_….ics`: the key is the whole of the access.
    static let feed = SitePath1<String>("/calendar/{key}")
    static let link = SitePath("/calendar-link")
    static let stop = SitePath("/calendar-link/stop")
    static let apiLink = SitePath("/api/v1/calendar-link")

    static func register(in table: inout RouteTable, services: AppServices) {
        let pages = CalendarController(services: services)
        let manage = RouteAccess.action(.manageCalendarLink)
        table.add(.get, feed, .anyone, pages.feed)
        table.add(.get, link, manage, pages.show)
        table.add(.post, link, manage, pages.make)
        table.add(.post, stop, manage, pages.stop)
        table.add(.post, apiLink, manage, pages.apiMake)
        table.add(.delete, apiLink, manage, pages.apiStop)
    }
}
