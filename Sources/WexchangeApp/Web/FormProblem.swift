import Foundation
import WexchangeCore
import WexchangeHTML

/// A form's problem (GOV.UK error summary and error message): the summary at the top of the page
/// takes focus and links to the field, and the field itself shows the message and is marked
/// invalid. Pages built with it also start their title with "Error:" (`PageLayout.render`).
struct FormProblem: Sendable {
    /// The field to blame; nil when the form as a whole is (wrong credentials, say).
    let field: String?
    let message: String

    init(field: String?, message: String) {
        self.field = field
        self.message = message
    }

    init(_ error: AppError) {
        field = error.field
        message = PlainWords.sentence(error.message, field: error.field)
    }

    /// The message to show beside the field `id`, when it is the one to blame.
    func message(for id: String) -> String? { field == id ? message : nil }

    var summary: Node {
        ErrorSummary.render([.init(field: field, message: message)])
    }
}
