import Foundation
import Hummingbird
import WexchangeCore

/// A school's students: the list, each record (every read audited), and the cohort import.
enum StudentRoutes {
    static let students = SitePath("/students")
    static let student = SitePath1<UUID>("/students/{id}")
    static let importForm = SitePath("/students/import")
    static let importConfirm = SitePath1<UUID>("/students/import/{id}")
    static let journey = SitePath1<UUID>("/students/{id}/journey")
    static let journeyNew = SitePath1<UUID>("/students/{id}/journey/new")
    static let progress = SitePath("/students/progress")
    static let audit = SitePath("/students/audit")
    static let hubProgress = SitePath("/hub/progress")
    static let accounts = SitePath("/students/accounts")
    static let newCode = SitePath1<UUID>("/students/{id}/code")
    static let inviteParent = SitePath1<UUID>("/students/{id}/parents")
    static let progressCSV = SitePath("/students/progress.csv")
    static let progressPrint = SitePath("/students/progress/print")
    static let progressPolicy = SitePath("/students/progress/target")
    static let goals = SitePath1<UUID>("/journey-entries/{id}/goals")
    static let reflection = SitePath1<UUID>("/journey-entries/{id}/reflection")

    static func register(in table: inout RouteTable, services: AppServices) {
        let controller = StudentsController(services: services)
        let imports = StudentImportController(services: services)
        let journeys = JourneyController(services: services)
        let progressPages = ProgressController(services: services)
        let viewRecord = RouteAccess.resource("viewStudent(the record)") { _, context in
            .viewStudent(try await services.studentRecords.facts(try context.uuidParameter("id", what: "student")))
        }
        table.add(.get, students, .action(.listStudents), controller.list)
        table.add(.get, audit, .action(.viewStudentReadLog), controller.readLog)
        table.add(.get, importForm, .action(.importStudents), imports.form)
        table.add(.post, importForm, .action(.importStudents), imports.preview)
        table.add(.post, importConfirm, .action(.importStudents), imports.confirm)
        table.add(.get, student, viewRecord, controller.record)
        table.add(.get, journey, viewRecord, journeys.journey)
        let record = RouteAccess.resource("recordJourney(the student)") { _, context in
            .recordJourney(try await services.studentRecords.facts(try context.uuidParameter("id", what: "student")))
        }
        table.add(.get, journeyNew, record, journeys.form)
        table.add(.post, journeyNew, record, journeys.create)
        table.add(.get, progress, .action(.viewSchoolProgress), progressPages.page)
        table.add(.get, progressCSV, .action(.viewSchoolProgress), progressPages.csv)
        table.add(.get, progressPrint, .action(.viewSchoolProgress), progressPages.printable)
        table.add(.post, progressPolicy, .action(.setSchoolTarget), progressPages.setTarget)
        table.add(.get, hubProgress, .action(.viewHubProgress), progressPages.hub)
        let accountPages = StudentAccountsController(services: services)
        table.add(.get, accounts, .action(.createStudentAccounts), accountPages.page)
        table.add(.post, accounts, .action(.createStudentAccounts), accountPages.create)
        let access = RouteAccess.resource("manageStudentAccess(the student)") { _, context in
            .manageStudentAccess(try await services.studentRecords.facts(try context.uuidParameter("id", what: "student")))
        }
        table.add(.post, newCode, access, accountPages.newCode)
        table.add(.post, inviteParent, access, accountPages.inviteParent)
        let reflections = ReflectionController(services: services)
        let reflect = RouteAccess.resource("reflectOnJourney(the student)") { _, context in
            .reflectOnJourney(try await services.journeys.facts(entry: try context.uuidParameter("id", what: "experience")))
        }
        table.add(.get, goals, reflect, reflections.goalsForm)
        table.add(.post, goals, reflect, reflections.saveGoals)
        table.add(.get, reflection, reflect, reflections.reflectionForm)
        table.add(.post, reflection, reflect, reflections.saveReflection)
    }
}
