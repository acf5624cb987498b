import Foundation
import WexchangeCore
import WexchangeHTML

/// A form's problem, shown in an error summary that links to the field.
struct FormProblem: Sendable {
    let field: String
    let message: String

    init(_ error: AppError) {
        field = error.field ?? "form"
        message = error.message
    }

    var summary: Node {
        .div(
            .class("error-summary"), .role("alert"), .tabindex(-1), .id("error-summary"),
            .h2("There is a problem"),
            .p(.a(.href("#\(field)"), .text(message))))
    }
}
