import Foundation
import WexchangeCore

/// Staff choose which of their students a place is for: those in the opportunity's year groups.
struct RequestStudentPage {
    let viewer: Viewer
    let opportunityId: UUID
    let title: String
    let years: [Int]
    /// (record id, "Name, Year N") of the school's students in those years, by name.
    let students: [(id: UUID, label: String)]
    var problem: FormProblem?

    static let studentField = "student"

    var pageTitle: String { "Who is the place for?" }
}
