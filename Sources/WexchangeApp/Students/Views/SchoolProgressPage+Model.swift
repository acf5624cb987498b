import Foundation
import WexchangeCore

/// The careers leader's progress page: each year group against the school's target and Gatsby
/// Benchmark 6, the same split by disadvantage and SEN, the at-risk list, the choice of target,
/// and the inspection export.
struct SchoolProgressPage {
    let viewer: Viewer
    let progress: SchoolProgress
    /// The at-risk list, a page at a time.
    let pagination: Pagination
    var notice: String?

    static let pageSize = 100

    var tables: ProgressTables { ProgressTables(progress: progress) }

    var atRiskShown: ArraySlice<SchoolProgress.AtRisk> {
        progress.atRisk[min(pagination.offset, progress.atRisk.count)..<min(pagination.offset + pagination.pageSize, progress.atRisk.count)]
    }

    func link(page: Int) -> String {
        StudentRoutes.progress.link(query: page > 1 ? [("page", String(page))] : [])
    }
}

/// The same figures and the whole at-risk list on one page to print for an inspection.
struct SchoolProgressPrintPage {
    let viewer: Viewer
    let schoolName: String
    let day: CalendarDate
    let progress: SchoolProgress

    var tables: ProgressTables { ProgressTables(progress: progress) }
}
