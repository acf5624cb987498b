import Foundation
import WexchangeHTML

extension CookiesPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Cookies",
            [
                .h1("Cookies"),
                .p(
                    "Cookies are small files saved on your phone, tablet or computer when you visit a website. ",
                    "Wexchange uses only the cookies it needs to work, so it does not ask for your permission to set them. ",
                    "It does not use cookies to measure how you use the website, and it does not use advertising cookies."),
                .h2("Cookies that Wexchange sets"),
                .dl(
                    .class("summary-list"),
                    .forEach(rows) { row in
                        .div(
                            .class("summary-list-row"),
                            .dt(.code(.text(row.name))),
                            .dd(.p(.text(row.purpose)), .p(.class("hint"), .text("Expires: \(row.expires)"))))
                    }),
                .p(
                    "Both cookies can only be read by Wexchange (not by scripts on the page) and are only sent with requests that start on Wexchange's own pages, or with links to them."
                ),
                .p(
                    "How Wexchange uses your information is described in the ", .a(.href(InformationRoutes.privacy.link), "privacy notice"),
                    "."),
            ])
    }
}
