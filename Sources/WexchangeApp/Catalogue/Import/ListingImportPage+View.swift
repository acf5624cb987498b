import Foundation
import WexchangeHTML

extension ListingImportPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Upload listings", viewer: viewer, problem: !problems.isEmpty,
            [
                .p(.a(.class("back-link"), .href(CatalogueRoutes.providerListings.link), "Back to your listings")),
                problemSummary,
                .h1("Upload listings from a spreadsheet"),
                .p(
                    "Save your spreadsheet as CSV with a header row and upload it. You will see what it adds, changes and closes before anything is saved, and a file with any problem changes nothing."
                ),
                .p(
                    .text("Each row needs your own reference in external_id: a row whose reference you used before updates that listing. "),
                    .a(.href(ListingImportController.templateLink), "Download a CSV template"),
                    .text(" with every column and one example row.")),
                .form(
                    .method("post"), .action(CatalogueRoutes.providerListingsImport.link), .attribute("enctype", "multipart/form-data"),
                    .input(.type("hidden"), .name(CSRF.field), .value(viewer.csrfToken)),
                    .div(
                        .class(problems.isEmpty ? "field" : "field field-error"),
                        .label(.for(ListingImportController.fileField), "Listings file (CSV)"),
                        .p(.class("hint"), .id("file-hint"), "For example listings.csv"),
                        PageLayout.errorMessage(
                            problems.isEmpty ? nil : "The file was not imported: fix the problems listed above", id: "file-error"),
                        .input(
                            .type("file"), .id(ListingImportController.fileField), .name(ListingImportController.fileField),
                            .attribute("accept", ".csv,.txt,text/csv"),
                            .ariaDescribedBy(problems.isEmpty ? "file-hint" : "file-hint file-error"), .ariaInvalid(!problems.isEmpty))),
                    PageLayout.checkbox(
                        name: "full",
                        label: "This file is all my spreadsheet listings: close those of mine it leaves out",
                        checked: full),
                    PageLayout.submit("Check the file")),
            ])
    }

    /// Every problem, linked to the file control: the file is what has to change.
    private var problemSummary: Node {
        guard !problems.isEmpty else { return .empty }
        let listed = problems.prefix(Self.listedProblems)
        return .group(
            ErrorSummary.render(
                listed.map {
                    ErrorSummary.Item(
                        field: ListingImportController.fileField, message: [$0.place, $0.message].compactMap { $0 }.joined(separator: ": "))
                }),
            problems.count > listed.count
                ? .p(.text("And \(problems.count - listed.count) more problems: check that this is the right file.")) : .empty)
    }
}
