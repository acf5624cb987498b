import Foundation
import WexchangeCore

/// "Forgotten your password?": ask for a link by email.
struct PasswordResetRequestPage {
    let csrf: String
    var email = ""
    var sent = false
    var problem: FormProblem?
}
