import FluentKit
import Foundation
import WexchangeCore

/// A student's journey: the experiences recorded for them, and their progress against their
/// school's target.
struct JourneyService: Sendable {
    let storage: Storage
    let now: @Sendable () -> Date

    /// The student's experiences, oldest first.
    func entries(_ studentId: UUID, on db: (any Database)? = nil) async throws -> [JourneyEntryModel] {
        try await JourneyEntryModel.query(on: db ?? storage.database).filter(\.$student.$id == studentId).sort(\.$startDate)
            .sort(\.$id).all()
    }

    /// The target a school measures against.
    func policy(school: UUID) async throws -> TargetPolicy {
        try await OrganisationModel.find(school, on: storage.database)?.targetPolicy.flatMap(TargetPolicy.init(rawValue:)) ?? .default
    }

    /// Sets the target a school measures against; throws `ValidationFailure` for anything but a known target.
    func setPolicy(_ value: String?, school: UUID, by identity: Identity) async throws {
        guard let policy = value.flatMap(TargetPolicy.init(rawValue:)) else {
            throw ValidationFailure([FieldError("policy", "Choose one of the two targets")])
        }
        let at = now()
        try await storage.transaction { db in
            guard let organisation = try await OrganisationModel.find(school, on: db) else { throw AppError.notFound("This school") }
            organisation.targetPolicy = policy.rawValue
            try await organisation.update(on: db)
            try await AuditLog.record(.schoolTarget, school, reason: policy.rawValue, by: identity, at: at, in: db)
        }
    }

    /// Records an experience the school knows of; throws `ValidationFailure` with every problem.
    func record(_ input: JourneyEntryInput, studentId: UUID, by identity: Identity) async throws -> UUID {
        let at = now()
        return try await storage.transaction { db in
            guard let student = try await StudentModel.find(studentId, on: db) else { throw AppError.notFound("This student") }
            switch JourneyRules.validate(input, currentYear: student.yearGroup, today: CalendarDate(at)) {
            case .failure(let failure):
                throw failure
            case .success(let entry):
                let model = JourneyEntryModel(studentId: studentId, entry: entry, source: .school, recordedBy: identity.userId)
                try await model.create(on: db)
                try await ProgressCache.bump(student.$school.id, on: db)
                try await AuditLog.record(
                    .journeyRecord, studentId, reason: "\(entry.type.label) with \(entry.providerName)", by: identity, at: at, in: db)
                return try model.requireID()
            }
        }
    }
}
