import Foundation
import WexchangeCore

extension StudentModel {
    /// The stored row as the domain's record.
    var record: StudentRecord {
        var record = StudentRecord(
            upn: UPN(stored: upn), legalSurname: legalSurname, legalForename: legalForename,
            dateOfBirth: CalendarDate(iso: dateOfBirth) ?? CalendarDate(dayNumber: 0), year: yearGroup)
        record.preferredSurname = preferredSurname
        record.preferredForename = preferredForename
        record.postcode = postcode
        record.disadvantage = Self.set(disadvantage)
        record.sen = SENProvision(rawValue: senProvision) ?? .none
        record.accessNeeds = Self.set(accessNeeds)
        record.interests = Self.set(interests)
        record.subjects = Self.set(subjects)
        record.travelKm = travelKm
        record.email = email
        record.hasLeft = leftAt != nil
        return record
    }

    /// Writes `record` into the row; `coordinate` is where the home postcode is (nil clears it), and
    /// `now` stamps a student's leaving.
    func apply(_ record: StudentRecord, coordinate: (latitude: Double, longitude: Double)?, now: Date) {
        upn = record.upn.value
        legalSurname = record.legalSurname
        legalForename = record.legalForename
        preferredSurname = record.preferredSurname
        preferredForename = record.preferredForename
        dateOfBirth = record.dateOfBirth.description
        yearGroup = record.year
        postcode = record.postcode
        latitude = coordinate?.latitude
        longitude = coordinate?.longitude
        disadvantage = Self.text(record.disadvantage)
        senProvision = record.sen.rawValue
        accessNeeds = Self.text(record.accessNeeds)
        interests = Self.text(record.interests)
        subjects = Self.text(record.subjects)
        travelKm = record.travelKm
        email = record.email
        if record.hasLeft != (leftAt != nil) { leftAt = record.hasLeft ? now : nil }
    }

    static func text<Value: Taxonomy>(_ values: TaxonomySet<Value>) -> String { values.map(\.rawValue).joined(separator: ";") }

    static func set<Value: Taxonomy>(_ text: String) -> TaxonomySet<Value> {
        TaxonomySet(text.split(separator: ";").compactMap { Value(rawValue: String($0)) })
    }
}
