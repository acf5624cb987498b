import Foundation
import Hummingbird
import WexchangeCore

/// A school's students: the list, each record (every read audited), and the cohort import.
enum StudentRoutes {
    static let students = SitePath("/students")
    static let student = SitePath1<UUID>("/students/{id}")
    static let importForm = SitePath("/students/import")
    static let importConfirm = SitePath1<UUID>("/students/import/{id}")

    static func register(in table: inout RouteTable, services: AppServices) {
        let controller = StudentsController(services: services)
        let imports = StudentImportController(services: services)
        let viewRecord = RouteAccess.resource("viewStudent(the record)") { _, context in
            .viewStudent(try await services.studentRecords.facts(try context.uuidParameter("id", what: "student")))
        }
        table.add(.get, students, .action(.listStudents), controller.list)
        table.add(.get, importForm, .action(.importStudents), imports.form)
        table.add(.post, importForm, .action(.importStudents), imports.preview)
        table.add(.post, importConfirm, .action(.importStudents), imports.confirm)
        table.add(.get, student, viewRecord, controller.record)
    }
}
