import Foundation
import WexchangeCohort
import WexchangeCore
import WexchangeHTML

extension StudentImportPreviewPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Check the import", viewer: viewer,
            [
                .h1("Check the import before saving it"),
                SummaryList.render(summary),
                plan.changesSomething
                    ? .p("Nothing has been saved yet. Importing saves all of these changes together.")
                    : .p(.class("notice"), .role("status"), "This file changes nothing: every student in it is already up to date."),
                table("New students", plan.new.map { ($0.displayName, "Year \($0.year)") }),
                table("Updated students", plan.updated.map { ($0.record.displayName, Self.describe($0.changes)) }),
                table("Marked as left", plan.left.map { ($0.record.displayName, "Year \($0.record.year)") }),
                PageLayout.postForm(
                    StudentRoutes.importConfirm.link(pendingId), csrf: viewer.csrfToken, label: "Confirm the import",
                    [
                        plan.changesSomething ? PageLayout.submit("Import \(changeCount)") : .empty,
                        PageLayout.submit("Cancel", class: "secondary", name: "cancel", value: "true"),
                    ]),
            ])
    }

    private var changeCount: String {
        let count = plan.new.count + plan.updated.count + plan.left.count
        return count == 1 ? "1 change" : "\(count) changes"
    }

    private func table(_ caption: String, _ rows: [(String, String)]) -> Node {
        FileUpload.table(caption, heading: "Student", rows: rows, listed: Self.listed)
    }
}
