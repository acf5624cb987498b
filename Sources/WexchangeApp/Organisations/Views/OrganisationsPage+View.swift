import Foundation
import WexchangeHTML
import WexchangeCore

extension OrganisationsPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Organisations", viewer: viewer,
            [
                .h1("Organisations"),
                .nav(
                    .ariaLabel("Kinds of organisation"),
                    .ul(
                        .class("badges"),
                        .forEach(OrganisationKind.allCases) { other in
                            .li(
                                other == kind
                                    ? .strong(.ariaCurrent("page"), .text(other.label))
                                    : .a(.href(OrganisationRoutes.directory(other)), .text(other.label)))
                        })),
                ListSearchForm.render(
                    action: OrganisationRoutes.directory.link, label: "Search \(kind.label.lowercased())",
                    hint: "A name, URN or postcode, or part of one.", value: search, hidden: [("kind", kind.rawValue)]),
                .p(.class("list-summary"), .role("status"), .text(pagination.summary(("organisation", "organisations")))),
                OrganisationsTable(caption: kind.label, rows: rows).node,
                pagination.render(label: "Organisation pages", link: link(page:)),
            ])
    }
}
