import Foundation
import WexchangeHTML
import WexchangeCore

extension ModerationQueuePage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Listings waiting for approval", viewer: viewer,
            [
                .h1("Listings waiting for approval"),
                PageLayout.notice(notice),
                .p(.text(items.isEmpty ? "Nothing is waiting for you." : "\(items.count) waiting, oldest first.")),
                items.isEmpty
                    ? .empty
                    : .table(
                        .caption("Waiting listings"),
                        .thead(.tr(.th("Listing"), .th("Provider"), .th("Where"), .th("Waiting since"), .th("Changes"))),
                        .tbody(
                            .forEach(items) { item in
                                .tr(
                                    .td(.a(.href(ModerationRoutes.item.link(item.id)), .text(item.title))),
                                    .td(.text(item.providerName)),
                                    .td(.text(item.isVirtual ? "Online" : item.postcode ?? "")),
                                    .td(.text(DateStyle.moment(item.submittedAt))),
                                    .td(
                                        .text(
                                            item.isNew
                                                ? "New listing" : "\(item.changes.count) field\(item.changes.count == 1 ? "" : "s") changed"
                                        ))
                                )
                            })
                    ),
            ])
    }

}
