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
        FileUpload.table(caption, heading: "Listing", rows: rows.map { ($0.title, $0.detail) }, listed: Self.listed)
    }
}
