import FluentKit
import Foundation
import SQLKit
import WexchangeCore

/// One experience in a student's journey (students issue, "The journey").
final class JourneyEntryModel: Model, @unchecked Sendable {
    static let schema = "journey_entries"

    /// Where an entry came from: recorded by school staff, or (the rounds issue) a Wexchange placement.
    enum Source: String { case school, placement }

    @ID(key: .id) var id: UUID?
    @Parent(key: "student_id") var student: StudentModel
    @Field(key: "source") var source: String
    /// `OpportunityType`, `Sector`, `DeliveryMode` raw values.
    @Field(key: "type") var type: String
    @Field(key: "provider_name") var providerName: String
    @OptionalField(key: "sector") var sector: String?
    @Field(key: "mode") var mode: String
    /// `YYYY-MM-DD`.
    @Field(key: "start_date") var startDate: String
    @Field(key: "end_date") var endDate: String
    @Field(key: "days") var days: Double
    @OptionalField(key: "hours_per_day") var hoursPerDay: Double?
    /// `MeaningfulCriterion` raw values, `;`-separated.
    @Field(key: "meaningful") var meaningful: String
    /// The student's year group when it happened.
    @Field(key: "year_group") var yearGroup: Int
    /// Who recorded it (nil once that account is gone).
    @OptionalField(key: "recorded_by") var recordedBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// The student's goals before it, their reflection after it, and their ratings of the eight
    /// skills (`Reflection.storedRatings`); nil until written.
    @OptionalField(key: "goals") var goals: String?
    @OptionalField(key: "reflection") var reflectionText: String?
    @OptionalField(key: "skill_ratings") var skillRatings: String?
    /// The Wexchange placement it records (one entry per placement).
    @OptionalField(key: "offer_id") var offerId: UUID?

    init() {}

    init(studentId: UUID, entry: JourneyEntry, source: Source, recordedBy: UUID?) {
        self.$student.id = studentId
        self.source = source.rawValue
        type = entry.type.rawValue
        providerName = entry.providerName
        sector = entry.sector?.rawValue
        mode = entry.mode.rawValue
        startDate = entry.start.description
        endDate = entry.end.description
        days = entry.days
        hoursPerDay = entry.hoursPerDay
        meaningful = StudentModel.text(entry.meaningful)
        yearGroup = entry.yearGroup
        self.recordedBy = recordedBy
    }

    var entry: JourneyEntry {
        Self.entry(
            type: type, providerName: providerName, sector: sector, mode: mode, startDate: startDate, endDate: endDate, days: days,
            hoursPerDay: hoursPerDay, meaningful: meaningful, yearGroup: yearGroup)
    }

    var reflection: Reflection {
        Reflection(goals: goals, text: reflectionText, ratings: Reflection.ratings(stored: skillRatings))
    }

    /// Writes the student's reflection; reflecting afterwards is one of the seven marks of a
    /// meaningful experience, so the entry gains it.
    func record(reflection text: String, ratings: [Skill: Int]) {
        reflectionText = text
        skillRatings = Reflection(ratings: ratings).storedRatings
        var criteria = entry.meaningful
        criteria.insert(.reflection)
        meaningful = StudentModel.text(criteria)
    }

    /// Stored columns as the domain's entry (the model and the bulk read share it).
    static func entry(
        type: String, providerName: String, sector: String?, mode: String, startDate: String, endDate: String, days: Double,
        hoursPerDay: Double?, meaningful: String, yearGroup: Int
    ) -> JourneyEntry {
        var entry = JourneyEntry(
            type: OpportunityType(rawValue: type) ?? .workPlacement, providerName: providerName,
            mode: DeliveryMode(rawValue: mode) ?? .inPerson, start: CalendarDate(iso: startDate) ?? CalendarDate(dayNumber: 0),
            end: CalendarDate(iso: endDate) ?? CalendarDate(dayNumber: 0), days: days, yearGroup: yearGroup)
        entry.sector = sector.flatMap(Sector.init(rawValue:))
        entry.hoursPerDay = hoursPerDay
        entry.meaningful = StudentModel.set(meaningful)
        return entry
    }

    /// Every journey of a school's students, by student, read in bulk through SQLKit (Fluent's
    /// per-row reflection was most of the progress page's time).
    static func entries(school: UUID, on db: any Database) async throws -> [UUID: [JourneyEntry]] {
        let sql = db as! any SQLDatabase
        let columns = [
            "student_id", "type", "provider_name", "sector", "mode", "start_date", "end_date", "days", "hours_per_day", "meaningful",
            "year_group",
        ]
        let rows = try await sql.select().columns(columns.map { SQLColumn($0, table: schema) }).from(schema)
            .join(StudentModel.schema, on: SQLColumn("student_id", table: schema), .equal, SQLColumn("id", table: StudentModel.schema))
            .where(SQLColumn("school_id", table: StudentModel.schema), .equal, SQLBind(school)).all()
        var entries: [UUID: [JourneyEntry]] = [:]
        for row in rows {
            let entry = Self.entry(
                type: try row.decode(column: "type", as: String.self),
                providerName: try row.decode(column: "provider_name", as: String.self),
                sector: try row.decode(column: "sector", as: String?.self), mode: try row.decode(column: "mode", as: String.self),
                startDate: try row.decode(column: "start_date", as: String.self),
                endDate: try row.decode(column: "end_date", as: String.self),
                days: try row.decode(column: "days", as: Double.self),
                hoursPerDay: try row.decode(column: "hours_per_day", as: Double?.self),
                meaningful: try row.decode(column: "meaningful", as: String.self),
                yearGroup: try row.decode(column: "year_group", as: Int.self))
            entries[try row.decode(column: "student_id", as: UUID.self), default: []].append(entry)
        }
        return entries
    }
}
