import Foundation
import Hummingbird

/// The pages every public service publishes, linked from every page's footer: accessibility
/// statement, privacy notice, cookies, contact.
enum InformationRoutes {
    static let accessibility = SitePath("/accessibility")
    static let privacy = SitePath("/privacy")
    static let cookies = SitePath("/cookies")
    static let contact = SitePath("/contact")

    static func register(in table: inout RouteTable, services: AppServices) {
        let contactEmail = services.contactEmail
        table.add(.get, accessibility, .anyone) { _, _ in HTMLResponse.page(AccessibilityStatementPage(contactEmail: contactEmail)) }
        table.add(.get, privacy, .anyone) { _, _ in HTMLResponse.page(PrivacyNoticePage(contactEmail: contactEmail)) }
        table.add(.get, cookies, .anyone) { _, _ in HTMLResponse.page(CookiesPage()) }
        table.add(.get, contact, .anyone) { _, _ in HTMLResponse.page(ContactPage(contactEmail: contactEmail)) }
    }
}
