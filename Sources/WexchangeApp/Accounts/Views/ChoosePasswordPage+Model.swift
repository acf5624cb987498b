import Foundation
import WexchangeCore

/// Choosing a password through a one-time link: a reset, or accepting an invitation.
struct ChoosePasswordPage {
    let title: String
    let action: String
    let csrf: String
    var problem: FormProblem?
}
