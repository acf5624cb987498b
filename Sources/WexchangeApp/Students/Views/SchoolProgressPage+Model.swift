import Foundation
import WexchangeCore

/// The careers leader's progress page: each year group against the school's target and Gatsby
/// Benchmark 6, the same split by disadvantage and SEN, and the at-risk list.
struct SchoolProgressPage {
    let viewer: Viewer
    let progress: SchoolProgress

    var years: [Int] { progress.years.keys.sorted() }
    var milestones: [Milestone] { progress.policy.milestones }
}
