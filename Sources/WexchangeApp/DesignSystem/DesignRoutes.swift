import Foundation
import Hummingbird

/// `/design`: every component of the design system on one example page, for the people
/// building pages. Served only where `showsDesignExamples` is on (`serve --demo`); not linked.
enum DesignRoutes {
    static let examples = SitePath("/design")

    static func register(in table: inout RouteTable, services: AppServices) {
        guard services.showsDesignExamples else { return }
        table.add(.get, examples, .anyone) { _, context in HTMLResponse.page(DesignExamplesPage(viewer: Viewer(context.identity))) }
    }
}
