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
                                    ? .strong(.text(other.label)) : .a(.href(OrganisationRoutes.directory(other)), .text(other.label)))
                        })),
                .p(.text(total > rows.count ? "The first \(rows.count) of \(total), by name." : "\(total) in all.")),
                OrganisationsTable(caption: kind.label, rows: rows).node,
            ])
    }
}
