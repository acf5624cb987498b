import FluentKit
import Foundation
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// Student records for tests, stored directly (the import has tests of its own).
enum StudentFixtures {
    static func upn(_ serial: Int) -> String { UPN.fixture(serial) }

    static func record(_ serial: Int, surname: String = "Pupil", forename: String = "Test", year: Int = 10) -> StudentRecord {
        StudentRecord(
            upn: UPN(stored: upn(serial)), legalSurname: surname, legalForename: forename,
            dateOfBirth: CalendarDate(iso: "2011-03-04")!, year: year)
    }

    @discardableResult
    static func store(_ record: StudentRecord, school: UUID, user: UUID? = nil, on db: any Database) async throws -> UUID {
        let model = StudentModel()
        model.$school.id = school
        model.userId = user
        model.apply(record, coordinate: nil, now: Date())
        try await model.create(on: db)
        return try model.requireID()
    }
}
