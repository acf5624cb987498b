import FluentKit
import Foundation
import WexchangeCore

/// One placement as its provider sees and records it: the student (only what hosting needs),
/// each day's attendance, feedback and the marks of a meaningful experience they delivered.
/// Every read is audited against the student. A finished placement's journey entry follows
/// what the provider records after its last day.
struct PlacementRecords: Sendable {
    let storage: Storage
    let now: @Sendable () -> Date

    @dynamicMemberLookup
    struct Detail: Sendable, Equatable {
        let heading: PlacementHeading
        /// Every day of the placement, earliest first, and the day it is today (days after it
        /// cannot be marked yet).
        let days: [CalendarDate]
        let today: CalendarDate
        let record: PlacementRecord
        /// Whether the placement has started, so feedback may be written.
        var hasStarted: Bool { days.first.map { $0 <= today } ?? false }

        subscript<Value>(dynamicMember field: KeyPath<PlacementHeading, Value>) -> Value { heading[keyPath: field] }
    }

    /// The placement for its provider's people; audited as a read of the student.
    func detail(_ offerId: UUID, by identity: Identity) async throws -> Detail {
        let at = now()
        return try await storage.transaction { db in
            let offer = try await Self.load(offerId, on: db)
            try await AuditLog.record(
                .placementRead, offer.$student.id, reason: "“\(offer.opportunity.title)”", by: identity, at: at, in: db)
            let details = try offer.opportunity.details()
            return Detail(
                heading: try PlacementHeading(offer, details), days: PlacementRules.days(of: details.schedule), today: CalendarDate(at),
                record: offer.placementRecord)
        }
    }

    /// Sets what is sent and keeps the rest: the marks of the days sent (a day sent empty is
    /// cleared), the feedback when sent (empty clears it), the delivered marks when sent. Throws
    /// `ValidationFailure` with every problem, or a conflict when the placement cannot be recorded.
    func record(
        attendance: [String: String], feedback: String?, delivered: [String]?, offer offerId: UUID, by identity: Identity
    )
        async throws
    {
        let at = now()
        try await storage.transaction { db in
            let offer = try await Self.load(offerId, on: db)
            if let refusal = PlacementRules.recording(state: offer.offerState) {
                throw AppError(.conflict, code: "cannot_record", message: refusal.message)
            }
            let details = try offer.opportunity.details()
            let sent: PlacementRecord
            switch PlacementRules.check(
                attendance: attendance, feedback: feedback, delivered: delivered ?? [], days: PlacementRules.days(of: details.schedule),
                today: CalendarDate(at))
            {
            case .failure(let failure): throw failure
            case .success(let checked): sent = checked
            }
            var record = offer.placementRecord
            for day in attendance.keys.compactMap({ CalendarDate(iso: $0.trimmingWhitespace) }) {
                record.attendance[day] = sent.attendance[day]
            }
            if feedback != nil {
                if record.feedback != sent.feedback { offer.feedbackAt = sent.feedback == nil ? nil : at }
                record.feedback = sent.feedback
            }
            if delivered != nil { record.delivered = sent.delivered }
            offer.attendance = record.storedAttendance
            offer.feedback = record.feedback
            offer.delivered = StudentModel.text(record.delivered)
            try await offer.update(on: db)
            if offer.offerState == .completed {
                try await Self.updateJourney(offer, details, record, on: db)
            }
            let absent = record.attendance.values.filter { $0 == .absent }.count
            try await AuditLog.record(
                .placementRecord, offer.$student.id,
                reason: "“\(offer.opportunity.title)”: \(record.attendance.count) days marked, \(absent) absent"
                    + (record.feedback == nil ? "" : ", feedback written"), by: identity, at: at, in: db)
        }
    }

    static func load(_ offerId: UUID, on db: any Database) async throws -> OfferModel {
        guard
            let offer = try await OfferModel.query(on: db).filter(\.$id == offerId).with(\.$student, { $0.with(\.$school) })
                .with(\.$opportunity).first()
        else { throw AppError.notFound("This placement") }
        return offer
    }

    /// Brings a finished placement's journey entry in line with what the provider recorded,
    /// keeping the student's own reflection.
    static func updateJourney(
        _ offer: OfferModel, _ details: OpportunityDetails, _ record: PlacementRecord, on db: any Database
    )
        async throws
    {
        guard let model = try await JourneyEntryModel.query(on: db).filter(\.$offerId == offer.requireID()).first(),
            let entry = PlacementRules.journeyEntry(
                details, providerName: model.providerName, record: record, yearGroup: model.yearGroup)
        else { return }
        var meaningful = entry.meaningful
        if model.reflection.hasReflected { meaningful.insert(.reflection) }
        model.startDate = entry.start.description
        model.endDate = entry.end.description
        model.days = entry.days
        model.meaningful = StudentModel.text(meaningful)
        try await model.update(on: db)
        try await ProgressCache.bump(offer.student.$school.id, on: db)
    }
}
