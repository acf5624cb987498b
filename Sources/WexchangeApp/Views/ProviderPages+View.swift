import Foundation
import WexchangeHTML
import WexchangeCore

/// A provider's own listings, whatever their status, with moderators' reasons, and a way to
/// start a new one from a template.
struct ProviderListingsPage: PageView {
    struct Row {
        let id: UUID
        let title: String
        let status: OpportunityStatus
        let reason: String?
        let updatedAt: Date?
    }

    let viewer: Viewer
    let rows: [Row]
    var notice: String?

    var document: HTMLDocument {
        PageLayout.render(title: "Your listings", viewer: viewer, [
            .h1("Your listings"),
            PageLayout.notice(notice),
            .p(.text("\(viewer.organisationName): \(rows.count) listing\(rows.count == 1 ? "" : "s"). New and changed listings wait for a moderator unless you hold a current badge.")),
            .h2("Start a new listing"),
            .p("Each template fills in the stage, duration, skills and outcomes that usually go with that type; change anything."),
            .ul(.class("badges"), .forEach(OpportunityType.allCases) { type in
                .li(.a(.href(Routes.Link.providerNewListing(type)), .text(type.label)))
            }),
            rows.isEmpty ? .empty : .table(
                .caption("Listings"),
                .thead(.tr(.th("Listing"), .th("Status"), .th("Moderator's note"), .th("Last changed"), .th("Actions"))),
                .tbody(.forEach(rows) { row in
                    .tr(
                        .td(row.status == .published ? .a(.href(Routes.Link.opportunity(row.id)), .text(row.title)) : .text(row.title)),
                        .td(.span(.class("status"), .text(row.status.label))),
                        .td(.text(row.reason ?? "")),
                        .td(.text(row.updatedAt.map(ModerationQueuePage.format) ?? "")),
                        .td(actions(row))
                    )
                })
            ),
        ])
    }

    private func actions(_ row: Row) -> Node {
        .group(
            .if(row.status != .archived, .a(.href(Routes.Link.providerEditListing(row.id)), .text("Edit"), .span(.class("skip-link"), .text(" \(row.title)")))),
            PageLayout.postForm(Routes.Link.providerListingAction(row.id, "duplicate"), csrf: viewer.csrfToken, label: "Duplicate \(row.title)", [
                PageLayout.submit("Duplicate", class: "secondary"),
            ]),
            .if(![.closed, .archived].contains(row.status), PageLayout.postForm(Routes.Link.providerListingAction(row.id, "close"),
                                                                                csrf: viewer.csrfToken, label: "Close \(row.title)", [
                PageLayout.submit("Close", class: "secondary"),
            ]))
        )
    }
}
