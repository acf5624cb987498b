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
                FileUpload.form(
                    action: CatalogueRoutes.providerListingsImport.link, csrf: viewer.csrfToken,
                    field: .init(
                        name: ListingImportController.fileField, label: "Listings file (CSV)", hint: "For example listings.csv",
                        accept: ".csv,.txt,text/csv",
                        fullLabel: "This file is all my spreadsheet listings: close those of mine it leaves out"),
                    full: full, refused: !problems.isEmpty),
            ])
    }

    private var problemSummary: Node {
        FileUpload.problemSummary(
            field: ListingImportController.fileField, problems: problems.map { ($0.place, $0.message) }, listed: Self.listedProblems)
    }
}
