import Foundation
import WexchangeCore

struct SignInPage {
    var email = ""
    var next: String?
    let csrf: String
    var problem: FormProblem?
}
