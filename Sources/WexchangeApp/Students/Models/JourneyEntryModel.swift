import FluentKit
import Foundation
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
        var entry = JourneyEntry(
            type: OpportunityType(rawValue: type) ?? .workPlacement, providerName: providerName,
            mode: DeliveryMode(rawValue: mode) ?? .inPerson, start: CalendarDate(iso: startDate) ?? CalendarDate(dayNumber: 0),
            end: CalendarDate(iso: endDate) ?? CalendarDate(dayNumber: 0), days: days, yearGroup: yearGroup)
        entry.sector = sector.flatMap(Sector.init(rawValue:))
        entry.hoursPerDay = hoursPerDay
        entry.meaningful = StudentModel.set(meaningful)
        return entry
    }
}
