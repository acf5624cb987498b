import FluentKit
import Foundation
@testable import WexchangeApp
import WexchangeCore

/// Student records for tests, stored directly (the import has tests of its own).
enum StudentFixtures {
    /// A valid UPN for a serial number (LA 801, establishment 2000, allocated 2015).
    static func upn(_ serial: Int) -> String {
        let rest = "8012000" + "15" + String(String(serial + 1000).suffix(3))
        return String(UPN.checkLetter(for: rest)!) + rest
    }

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
