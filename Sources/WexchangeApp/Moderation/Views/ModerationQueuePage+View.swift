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
                    : DataTable(
                        caption: "Waiting listings",
                        columns: [
                            .init(heading: "Listing") { .a(.href(ModerationRoutes.item.link($0.id)), .text($0.title)) },
                            .init(heading: "Provider") { .text($0.providerName) },
                            .init(heading: "Where") { .text($0.isVirtual ? "Online" : $0.postcode ?? "") },
                            .init(heading: "Waiting since") { .text(DateStyle.moment($0.submittedAt)) },
                            .init(heading: "Changes") { item in
                                .text(
                                    item.isNew
                                        ? "New listing"
                                        : "\(item.changes.count) answer\(item.changes.count == 1 ? "" : "s") changed\(item.isChange ? " (published version live)" : "")"
                                )
                            },
                        ],
                        rows: items
                    ).render(),
            ])
    }

}
