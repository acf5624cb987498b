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
                FileUpload.form(
                    action: StudentRoutes.importForm.link, csrf: viewer.csrfToken,
                    field: .init(
                        name: StudentImportController.fileField, label: "Cohort file (CSV or CTF)",
                        hint: "For example year10.csv or the .xml file your MIS saved",
                        accept: ".csv,.xml,.txt,text/csv,text/xml,application/xml",
                        fullLabel: "This file is everyone in its year groups: mark students of those years who are not in it as having left"
                    ),
                    full: full, refused: !problems.isEmpty),
            ])
    }

    private var problemSummary: Node {
        FileUpload.problemSummary(
            field: StudentImportController.fileField, problems: problems.map { ($0.place, $0.message) }, listed: Self.listedProblems)
    }
}
