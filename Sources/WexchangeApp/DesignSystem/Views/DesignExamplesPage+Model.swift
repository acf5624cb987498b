import Foundation
import WexchangeCore

/// The design system's example page: each component once, with made-up content, so it can be
/// seen, tested with a screen reader and checked by axe in one place.
struct DesignExamplesPage {
    let viewer: Viewer?

    /// A component's name and what it is for, in the order the page shows them.
    static let components: [(name: String, purpose: String)] = [
        ("Error summary", "At the top of a form that was refused: every problem, each a link to its field. Takes focus."),
        ("Error message", "Beside the field to fix, in plain words; the field is marked invalid."),
        ("Date input", "Day, month and year in three boxes, instead of the browser's date picker."),
        (
            "Summary list and summary card",
            "Answers or facts as label and value pairs, for moderators; a card per part, with its Change button, on check-your-answers pages."
        ),
        ("Notification banner", "Something to know that is not an error, or what just happened."),
        ("Data table", "Records in columns on wide screens, stacked label and value rows on a phone."),
        ("Pagination", "Numbered pages of a long list, with 'Showing 21 to 40 of 308'."),
        ("Confirmation", "Asks before an action that cannot simply be undone, naming what it acts on."),
        (
            "Service navigation, phase banner and footer",
            "On every page: the menu for the reader's role, Beta, and the service's own pages."
        ),
    ]

    /// An example problem for the error examples.
    static let problem = FormProblem(AppError(.badRequest, code: "invalid", message: "enter the number of places, like 4", field: "places"))
}
