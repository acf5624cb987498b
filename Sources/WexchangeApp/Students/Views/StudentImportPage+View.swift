import Foundation
import WexchangeHTML

extension StudentImportPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Import students", viewer: viewer, problem: !problems.isEmpty,
            [
                .p(.a(.class("back-link"), .href(StudentRoutes.students.link), "Back to students")),
                problemSummary,
                .h1("Import students"),
                .p(
                    "Upload a Common Transfer File (CTF) exported from your school's MIS, or a CSV with a header row. You will see what changes before anything is saved, and a file with any problem changes nothing."
                ),
                .p(
                    "CSV columns: UPN, legal surname, forename, date of birth and year are needed; the column names SIMS, Arbor and Bromcom export are understood. Other columns are listed and left out."
                ),
                .form(
                    .method("post"), .action(StudentRoutes.importForm.link), .attribute("enctype", "multipart/form-data"),
                    .input(.type("hidden"), .name(CSRF.field), .value(viewer.csrfToken)),
                    .div(
                        .class(problems.isEmpty ? "field" : "field field-error"),
                        .label(.for(StudentImportController.fileField), "Cohort file (CSV or CTF)"),
                        .p(.class("hint"), .id("file-hint"), "For example year10.csv or the .xml file your MIS saved"),
                        PageLayout.errorMessage(
                            problems.isEmpty ? nil : "The file was not imported: fix the problems listed above", id: "file-error"),
                        .input(
                            .type("file"), .id(StudentImportController.fileField), .name(StudentImportController.fileField),
                            .attribute("accept", ".csv,.xml,.txt,text/csv,text/xml,application/xml"),
                            .ariaDescribedBy(problems.isEmpty ? "file-hint" : "file-hint file-error"), .ariaInvalid(!problems.isEmpty))),
                    PageLayout.checkbox(
                        name: "full",
                        label: "This file is everyone in its year groups: mark students of those years who are not in it as having left",
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
                        field: StudentImportController.fileField, message: [$0.place, $0.message].compactMap { $0 }.joined(separator: ": "))
                }),
            problems.count > listed.count
                ? .p(.text("And \(problems.count - listed.count) more problems: check that this is the right file.")) : .empty)
    }
}
