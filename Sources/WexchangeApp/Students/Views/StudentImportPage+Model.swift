import Foundation
import WexchangeCohort
import WexchangeCore

/// The cohort upload form, with every problem a refused file had.
struct StudentImportPage {
    struct Problem: Sendable {
        /// "Line 4 (UPN …), date of birth", or nil for the file as a whole.
        let place: String?
        let message: String

        init(place: String?, message: String) {
            self.place = place
            self.message = message
        }

        init(_ problem: CohortProblem) {
            var place = "\(problem.place)".capitalisedFirst
            if let upn = problem.upn { place += " (UPN \(upn))" }
            if let field = problem.field { place += ", \(StudentField.named(field)?.label.midSentence ?? field)" }
            self.place = place
            message = problem.message
        }
    }

    /// How many problems the page lists; a file with more is usually the wrong file.
    static let listedProblems = 100

    let viewer: Viewer
    let full: Bool
    let problems: [Problem]
}
