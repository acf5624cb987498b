import Foundation
import WexchangeCore

/// Asking a provider for a place: for the student themselves, or for one of a school's students.
struct RequestForm {
    let viewer: Viewer
    let opportunityId: UUID
    let studentId: UUID
    let title: String
    let providerName: String
    let dates: String
    let studentName: String
    let forStudent: Bool
    /// Why the student may not ask now; shown instead of the form.
    var refusal: String?
    var message = ""
    var problems: [FieldError] = []

    static let messageField = "message"

    var pageTitle: String { forStudent ? "Request a place" : "Request a place for \(studentName)" }

    var messageHint: String {
        let whose = forStudent ? "you are" : "\(studentName) is"
        return "Optional. Tell the provider why \(whose) interested. Do not include addresses, dates of birth or health details. "
            + "Up to \(PlaceRequestRules.maxMessageLength) characters."
    }
}
