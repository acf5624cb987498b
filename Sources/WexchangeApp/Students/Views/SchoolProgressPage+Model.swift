import Foundation
import WexchangeCore

/// The careers leader's progress page: each year group against the school's target and Gatsby
/// Benchmark 6, the same split by disadvantage and SEN, and the at-risk list.
struct SchoolProgressPage {
    let viewer: Viewer
    let progress: SchoolProgress
    /// The at-risk list, a page at a time.
    let pagination: Pagination

    static let pageSize = 100

    var atRiskShown: ArraySlice<SchoolProgress.AtRisk> {
        progress.atRisk[min(pagination.offset, progress.atRisk.count)..<min(pagination.offset + pagination.pageSize, progress.atRisk.count)]
    }

    func link(page: Int) -> String {
        StudentRoutes.progress.link(query: page > 1 ? [("page", String(page))] : [])
    }

    var years: [Int] { progress.years.keys.sorted() }
    var milestones: [Milestone] { progress.policy.milestones }
}
