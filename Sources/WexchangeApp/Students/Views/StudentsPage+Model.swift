import Foundation
import WexchangeCore

/// A school's students, a page at a time, with how many are on roll, disadvantaged and with SEN
/// provision (for the school's staff only: the policy's `listStudents`).
struct StudentsPage {
    struct Row {
        let id: UUID
        let name: String
        let year: Int
        let disadvantaged: Bool
        let sen: SENProvision
        let hasAccount: Bool
        let hasLeft: Bool

        init(_ model: StudentModel) {
            let record = model.record
            id = model.id ?? UUID()
            name = "\(record.preferredSurname ?? record.legalSurname), \(record.preferredForename ?? record.legalForename)"
            year = record.year
            disadvantaged = record.isDisadvantaged
            sen = record.sen
            hasAccount = model.userId != nil
            hasLeft = record.hasLeft
        }
    }

    let viewer: Viewer
    let rows: [Row]
    let pagination: Pagination
    let counts: StudentRecords.Counts
    let filter: StudentRecords.Filter
    let canImport: Bool
    var notice: String?

    /// The list's address with its filters, on `page`.
    func link(page: Int) -> String {
        var query: [(String, String)] = []
        if let year = filter.year { query.append(("year", String(year))) }
        if let search = filter.search, !search.isEmpty { query.append(("search", search)) }
        if filter.includeLeft { query.append(("left", "true")) }
        if page > 1 { query.append(("page", String(page))) }
        return StudentRoutes.students.link(query: query)
    }
}
