import FluentKit
import Foundation
import SQLKit
import WexchangeCore

/// Finishes each confirmed placement whose last day has passed: it becomes an entry in the
/// student's journey (its days, what the provider recorded so far) and the student is asked to
/// reflect on it. The state moves by a conditional update and the entry is unique per offer, so
/// two instances sweeping at once finish it once.
struct PlacementCompletion: Sendable {
    let storage: Storage
    let outbox: Outbox
    let publicURL: String
    let now: @Sendable () -> Date

    /// Finishes every placement due; returns how many.
    @discardableResult
    func completeDue() async throws -> Int {
        let at = now()
        let today = CalendarDate(at)
        return try await storage.transaction { db in
            let confirmed = try await OfferModel.query(on: db).filter(\.$state == OfferState.confirmed.rawValue)
                .with(\.$student).with(\.$opportunity).all()
            var finished = 0
            for offer in confirmed {
                let details = try offer.opportunity.details()
                guard PlacementRules.isFinished(lastDay: details.schedule.lastDay, today: today) else { continue }
                let sql = db as! any SQLDatabase
                let moved = try await sql.raw(
                    """
                    UPDATE offers SET state = \(bind: OfferState.completed.rawValue), completed_at = \(bind: at), updated_at = \(bind: at)
                    WHERE id = \(bind: try offer.requireID()) AND state = \(bind: OfferState.confirmed.rawValue) RETURNING id
                    """
                ).first()
                guard moved != nil else { continue }
                try await finish(offer, details, at: at, on: db)
                finished += 1
            }
            return finished
        }
    }

    private func finish(_ offer: OfferModel, _ details: OpportunityDetails, at: Date, on db: any Database) async throws {
        let provider = try await OfferService.providerName(offer, on: db)
        guard
            let entry = PlacementRules.journeyEntry(
                details, providerName: provider, record: offer.placementRecord, yearGroup: offer.student.yearGroup)
        else { return }
        let model = JourneyEntryModel(studentId: offer.$student.id, entry: entry, source: .placement, recordedBy: nil)
        model.offerId = try offer.requireID()
        try await model.create(on: db)
        try await ProgressCache.bump(offer.student.$school.id, on: db)
        try await AuditLog.record(
            .placementComplete, offer.$student.id, reason: "“\(offer.opportunity.title)”: \(DayCount.text(entry.days)) attended",
            by: .offerDeadlines, at: at, in: db)
        guard let email = try await Self.studentEmail(offer.student, on: db) else { return }
        try await outbox.send(
            to: email, subject: "How did your work experience go?",
            body: """
                Hello \(offer.student.forename),

                Your placement at \(provider), \(offer.opportunity.title), has finished and is now in your journey on Wexchange.

                Take a few minutes to write what you learned, what went well and what did not, and how you did at each skill.
                It helps you in interviews and applications, and your school reads it too:
                \(publicURL)\(StudentRoutes.reflection.link(try model.requireID()))
                """, on: db)
    }

    /// The student's own address: their record's, else their account's (a code-only account has none).
    static func studentEmail(_ student: StudentModel, on db: any Database) async throws -> String? {
        if let email = student.contactEmail { return email }
        guard student.pseudonymisedAt == nil, let userId = student.userId else { return nil }
        return try await UserModel.find(userId, on: db).map(\.email).flatMap { $0.contains("@") ? $0 : nil }
    }
}
