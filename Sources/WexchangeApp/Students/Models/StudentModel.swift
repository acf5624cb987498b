import FluentKit
import Foundation

/// One student of one school (students issue). Personal data: read only through
/// `StudentRecords`, which writes every read of a record to the audit log.
final class StudentModel: Model, @unchecked Sendable {
    static let schema = "students"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: OrganisationModel
    /// The student's own account, once they have one.
    @OptionalField(key: "user_id") var userId: UUID?
    @Field(key: "upn") var upn: String
    @Field(key: "legal_surname") var legalSurname: String
    @Field(key: "legal_forename") var legalForename: String
    @OptionalField(key: "preferred_surname") var preferredSurname: String?
    @OptionalField(key: "preferred_forename") var preferredForename: String?
    /// `YYYY-MM-DD`.
    @Field(key: "date_of_birth") var dateOfBirth: String
    @Field(key: "year_group") var yearGroup: Int
    @OptionalField(key: "postcode") var postcode: String?
    /// Where the home postcode is, for distances (never shown).
    @OptionalField(key: "latitude") var latitude: Double?
    @OptionalField(key: "longitude") var longitude: Double?
    /// `DisadvantageReason` raw values, `;`-separated; empty when not disadvantaged.
    @Field(key: "disadvantage") var disadvantage: String
    /// `SENProvision` raw value: E, K or N.
    @Field(key: "sen_provision") var senProvision: String
    /// `SendAdjustment`, `Sector` and `Subject` raw values, `;`-separated.
    @Field(key: "access_needs") var accessNeeds: String
    @Field(key: "interests") var interests: String
    @Field(key: "subjects") var subjects: String
    @Field(key: "travel_km") var travelKm: Int
    @OptionalField(key: "email") var email: String?
    /// When the student was marked as having left (nil while on roll).
    @OptionalField(key: "left_at") var leftAt: Date?
    /// When retention removed what identifies the student (`StudentRetention`).
    @OptionalField(key: "pseudonymised_at") var pseudonymisedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
