import Foundation
import WexchangeHTML
import WexchangeCore
import WexchangeSearch

extension ErrorPage: PageView {
    var document: HTMLDocument {
        let title =
            switch error.status.code {
            case 404: "Page not found"
            case 400..<500: "There is a problem with this request"
            default: "Sorry, something went wrong"
            }
        return PageLayout.render(
            title: title,
            [
                .h1(.text(title)),
                .p(.text(error.message)),
                .p(.a(.href(CatalogueRoutes.search.link), "Go to the search page")),
            ])
    }
}
