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
        let model = StudentModel(record, id: UUID())
        model.$school.id = school
        model.userId = user
        try await model.create(on: db)
        return try model.requireID()
    }
}

extension StudentModel {
    /// A student's model, to store directly or to render pages without storage.
    convenience init(_ record: StudentRecord, id: UUID) {
        self.init()
        self.id = id
        upn = record.upn.value
        legalSurname = record.legalSurname
        legalForename = record.legalForename
        preferredSurname = record.preferredSurname
        preferredForename = record.preferredForename
        dateOfBirth = record.dateOfBirth.description
        yearGroup = record.year
        postcode = record.postcode
        disadvantage = Self.text(record.disadvantage)
        senProvision = record.sen.rawValue
        accessNeeds = Self.text(record.accessNeeds)
        interests = Self.text(record.interests)
        subjects = Self.text(record.subjects)
        travelKm = record.travelKm
        email = record.email
        leftAt = record.hasLeft ? Date() : nil
    }
}
