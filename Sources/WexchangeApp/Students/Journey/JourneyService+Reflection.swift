import FluentKit
import Foundation
import WexchangeCore

/// A student's goals before an experience and their reflection on it afterwards.
extension JourneyService {
    /// An entry with the record it belongs to; an entry that does not exist is "not found".
    func entry(_ id: UUID, on db: (any Database)? = nil) async throws -> (entry: JourneyEntryModel, student: StudentModel) {
        let db = db ?? storage.database
        guard let entry = try await JourneyEntryModel.find(id, on: db), let student = try await StudentModel.find(entry.$student.id, on: db)
        else { throw AppError.notFound("This experience") }
        return (entry, student)
    }

    /// Whose journey an entry is in, for the policy.
    func facts(entry id: UUID) async throws -> StudentFacts {
        try await entry(id).student.facts
    }

    /// Sets (or rewrites) the goals until the student has reflected; throws `ValidationFailure`.
    func setGoals(_ text: String?, entry id: UUID, by identity: Identity) async throws {
        let at = now()
        try await storage.transaction { db in
            let (entry, student) = try await entry(id, on: db)
            if entry.reflection.hasReflected {
                throw ValidationFailure([
                    FieldError("goals", "The reflection on this experience is written, so its goals stay as they were")
                ])
            }
            entry.goals = try ReflectionRules.goals(text).get()
            try await entry.update(on: db)
            try await AuditLog.record(.journeyGoals, student.requireID(), reason: entry.providerName, by: identity, at: at, in: db)
        }
    }

    /// Writes the reflection and the eight ratings once the experience has started.
    func reflect(_ text: String?, ratings: [Skill: String], entry id: UUID, by identity: Identity) async throws {
        let at = now()
        try await storage.transaction { db in
            let (entry, student) = try await entry(id, on: db)
            let start = entry.entry.start
            if start > CalendarDate(at) {
                throw ValidationFailure([
                    FieldError("reflection", "You can reflect once the experience has started, on \(DateStyle.day(start))")
                ])
            }
            let reflection = try ReflectionRules.reflection(text, ratings: ratings).get()
            entry.record(reflection: reflection.text, ratings: reflection.ratings)
            try await entry.update(on: db)
            try await ProgressCache.bump(student.$school.id, on: db)
            try await AuditLog.record(.journeyReflect, student.requireID(), reason: entry.providerName, by: identity, at: at, in: db)
        }
    }
}
