import Foundation
import WexchangeHTML

extension ListingImportPreviewPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Check the upload", viewer: viewer,
            [
                .h1("Check the upload before saving it"),
                SummaryList.render(summary),
                changesSomething
                    ? .p(
                        "Nothing has been saved yet. Saving makes all of these changes together. New and changed listings wait for a moderator unless you hold a current badge; published ones stay in search meanwhile."
                    )
                    : .p(.class("notice"), .role("status"), "This file changes nothing: every listing in it is already up to date."),
                table("New listings", new),
                table("Changed listings", changed),
                table("Listings to close", closed),
                PageLayout.postForm(
                    CatalogueRoutes.providerListingsImportConfirm.link(pendingId), csrf: viewer.csrfToken, label: "Confirm the upload",
                    [
                        changesSomething ? PageLayout.submit("Save \(changeCount)") : .empty,
                        PageLayout.submit("Cancel", class: "secondary", name: "cancel", value: "true"),
                    ]),
            ])
    }

    private var changeCount: String {
        let count = new.count + changed.count + closed.count
        return count == 1 ? "1 change" : "\(count) changes"
    }

    private func table(_ caption: String, _ rows: [Line]) -> Node {
        guard !rows.isEmpty else { return .empty }
        return .group(
            .h2(.text("\(caption) (\(rows.count))")),
            DataTable(
                caption: caption,
                columns: [
                    .init(heading: "Listing") { .text($0.title) },
                    .init(heading: "Details") { row in .group(row.detail.split(separator: "\n").map { .p(.text(String($0))) }) },
                ],
                rows: Array(rows.prefix(Self.listed))
            ).render(),
            rows.count > Self.listed ? .p(.text("And \(rows.count - Self.listed) more.")) : .empty)
    }
}
