import Foundation
import WexchangeHTML

/// The upload-then-check pattern both file imports use (cohorts and listings): the form with its
/// one file control, every problem of a refused file linked to that control, and the preview's
/// tables of what saving would do.
enum FileUpload {
    struct Field {
        let name: String
        let label: String
        let hint: String
        let accept: String
        /// The "this file is everything" box (`full`), worded for the import.
        let fullLabel: String
    }

    /// The form: file control (marked invalid when the last file was refused), the `full` box and Check.
    static func form(action: String, csrf: String, field: Field, full: Bool, refused: Bool) -> Node {
        .form(
            .method("post"), .action(action), .attribute("enctype", "multipart/form-data"),
            .input(.type("hidden"), .name(CSRF.field), .value(csrf)),
            .div(
                .class(refused ? "field field-error" : "field"),
                .label(.for(field.name), .text(field.label)),
                .p(.class("hint"), .id("file-hint"), .text(field.hint)),
                PageLayout.errorMessage(refused ? "The file was not imported: fix the problems listed above" : nil, id: "file-error"),
                .input(
                    .type("file"), .id(field.name), .name(field.name), .attribute("accept", field.accept),
                    .ariaDescribedBy(refused ? "file-hint file-error" : "file-hint"), .ariaInvalid(refused))),
            PageLayout.checkbox(name: "full", label: field.fullLabel, checked: full),
            PageLayout.submit("Check the file"))
    }

    /// Every problem (where, then what), linked to the file control: the file is what has to change.
    static func problemSummary(field: String, problems: [(place: String?, message: String)], listed: Int) -> Node {
        guard !problems.isEmpty else { return .empty }
        let shown = problems.prefix(listed)
        return .group(
            ErrorSummary.render(
                shown.map { ErrorSummary.Item(field: field, message: [$0.place, $0.message].compactMap { $0 }.joined(separator: ": ")) }),
            problems.count > shown.count
                ? .p(.text("And \(problems.count - shown.count) more problems: check that this is the right file.")) : .empty)
    }

    /// One of the preview's tables ("New students (3)"): a name and its details (one line each).
    static func table(_ caption: String, heading: String, rows: [(String, String)], listed: Int) -> Node {
        guard !rows.isEmpty else { return .empty }
        return .group(
            .h2(.text("\(caption) (\(rows.count))")),
            DataTable(
                caption: caption,
                columns: [
                    .init(heading: heading) { .text($0.0) },
                    .init(heading: "Details") { row in .group(row.1.split(separator: "\n").map { .p(.text(String($0))) }) },
                ],
                rows: Array(rows.prefix(listed))
            ).render(),
            rows.count > listed ? .p(.text("And \(rows.count - listed) more.")) : .empty)
    }
}
