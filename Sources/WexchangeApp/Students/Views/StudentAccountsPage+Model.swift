import Foundation
import WexchangeCore

/// The careers leader makes accounts for the students on roll who have none.
struct StudentAccountsPage {
    let viewer: Viewer
    let counts: StudentAccounts.Counts
}

/// The sheet of sign-in names and one-time codes, to print and hand out, and who was invited by
/// email. The codes appear on this page once: they are not stored.
struct SignInSheetPage {
    let viewer: Viewer
    /// Where a student types their code, in full, as printed.
    let signInLink: String
    let outcome: StudentAccounts.Outcome
}

/// Where a student types the one-time code from their school's sheet.
struct SignInCodePage {
    var code = ""
    let csrf: String
    var problem: FormProblem?
}
