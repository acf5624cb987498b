import Foundation
import WexchangeHTML
import WexchangeCore

extension ProviderListingsPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Your listings", viewer: viewer,
            [
                .h1("Your listings"),
                PageLayout.notice(notice),
                .p(
                    .text(
                        "\(viewer.organisationName): \(rows.count) listing\(rows.count == 1 ? "" : "s"). New and changed listings wait for a moderator unless you hold a current badge."
                    )),
                .p(.a(.href(CatalogueRoutes.providerListingsImport.link), "Upload listings from a spreadsheet (CSV)")),
                .h2("Start a new listing"),
                .p("Each template fills in the stage, duration, skills and outcomes that usually go with that type; change anything."),
                .ul(
                    .class("badges"),
                    .forEach(OpportunityType.allCases) { type in
                        .li(.a(.href(CatalogueRoutes.newListing(type)), .text(type.label)))
                    }),
                rows.isEmpty
                    ? .empty
                    : DataTable(
                        caption: "Listings",
                        columns: [
                            .init(heading: "Listing") { row in
                                row.status == .published
                                    ? .a(.href(CatalogueRoutes.opportunity.link(row.id)), .text(row.title)) : .text(row.title)
                            },
                            .init(heading: "Status") { .span(.class("status"), .text($0.statusText)) },
                            .init(heading: "Moderator's note") { .text($0.reason ?? "") },
                            .init(heading: "Last changed") { .text($0.updatedAt.map(DateStyle.moment) ?? "") },
                            .init(heading: "Actions", cell: actions),
                        ],
                        rows: rows
                    ).render(),
            ])
    }

    private func actions(_ row: Row) -> Node {
        .group(
            .if(
                row.status != .archived,
                .a(
                    .href(CatalogueRoutes.providerListing.link(row.id)), .text("Edit"),
                    .span(.class("visually-hidden"), .text(" \(row.title)")))),
            PageLayout.postForm(
                CatalogueRoutes.providerListingDuplicate.link(row.id), csrf: viewer.csrfToken, label: "Duplicate \(row.title)",
                [
                    PageLayout.submit("Duplicate", class: "secondary", context: row.title)
                ]),
            .if(
                row.status == .closed,
                PageLayout.postForm(
                    CatalogueRoutes.providerListingReopen.link(row.id), csrf: viewer.csrfToken, label: "Reopen \(row.title)",
                    [
                        PageLayout.submit("Reopen", class: "secondary", context: row.title)
                    ])),
            .if(
                ![.closed, .archived].contains(row.status),
                .a(
                    .href(CatalogueRoutes.providerListingClose.link(row.id)), .text("Close"),
                    .span(.class("visually-hidden"), .text(" \(row.title)"))))
        )
    }
}
