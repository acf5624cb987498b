import Foundation
import WexchangeCore

extension StudentModel {
    /// The stored row as the domain's record.
    var record: StudentRecord {
        StoredColumns(
            upn: upn, legalSurname: legalSurname, legalForename: legalForename, preferredSurname: preferredSurname,
            preferredForename: preferredForename, dateOfBirth: dateOfBirth, yearGroup: yearGroup, postcode: postcode,
            disadvantage: disadvantage, senProvision: senProvision, accessNeeds: accessNeeds, interests: interests, subjects: subjects,
            travelKm: travelKm, email: email, hasLeft: leftAt != nil
        ).record
    }

    /// The name the student goes by, as emails greet them ("Hello Sunny").
    var forename: String { preferredForename ?? legalForename }

    /// Where emails to the student go: their own address, unless the record was pseudonymised.
    var contactEmail: String? { pseudonymisedAt == nil ? email : nil }

    /// Whose record this is, for the access policy.
    var facts: StudentFacts { StudentFacts(userId: userId, schoolId: $school.id) }

    static func text<Value: Taxonomy>(_ values: TaxonomySet<Value>) -> String { values.map(\.rawValue).joined(separator: ";") }

    static func set<Value: Taxonomy>(_ text: String) -> TaxonomySet<Value> {
        TaxonomySet(text.split(separator: ";").compactMap { Value(rawValue: String($0)) })
    }
}

/// A student's stored columns (as the model or a bulk read has them), and the one way they
/// become a record.
struct StoredColumns {
    let upn: String, legalSurname: String, legalForename: String
    let preferredSurname: String?, preferredForename: String?
    let dateOfBirth: String
    let yearGroup: Int
    let postcode: String?
    let disadvantage: String, senProvision: String, accessNeeds: String, interests: String, subjects: String
    let travelKm: Int
    let email: String?
    let hasLeft: Bool

    var record: StudentRecord {
        var record = StudentRecord(
            upn: UPN(stored: upn), legalSurname: legalSurname, legalForename: legalForename,
            dateOfBirth: CalendarDate(iso: dateOfBirth) ?? CalendarDate(dayNumber: 0), year: yearGroup)
        record.preferredSurname = preferredSurname
        record.preferredForename = preferredForename
        record.postcode = postcode
        record.disadvantage = StudentModel.set(disadvantage)
        record.sen = SENProvision(rawValue: senProvision) ?? .none
        record.accessNeeds = StudentModel.set(accessNeeds)
        record.interests = StudentModel.set(interests)
        record.subjects = StudentModel.set(subjects)
        record.travelKm = travelKm
        record.email = email
        record.hasLeft = hasLeft
        return record
    }
}

extension StudentModel {
    /// The name the student goes by: what others on a placement call them.
    var preferredName: String {
        "\(preferredForename ?? legalForename) \(preferredSurname ?? legalSurname)"
    }
}
