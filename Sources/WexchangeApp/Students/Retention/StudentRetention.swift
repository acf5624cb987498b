import FluentKit
import Foundation
import WexchangeCore

/// `wexchange retention run`: students who left more than `years` ago are pseudonymised. What
/// identifies them goes (names, UPN, date of birth, home postcode and location, email, their
/// account link, what they wrote in goals and reflections); what statistics need stays (school,
/// year group, disadvantage, SEN provision, every journey entry with its days, marks and
/// ratings), so the hub's and the nation's figures do not change when a student is forgotten.
public struct StudentRetention: Sendable {
    public static let defaultYears = 3
    /// The surname a pseudonymised record shows.
    static let pseudonym = "Former student"

    public struct Report: Sendable, Equatable {
        /// Students who left before this moment are due.
        public let cutoff: Date
        /// Pseudonymised (or, in a dry run, due), by school name.
        public var bySchool: [String: Int] = [:]
        public var total: Int { bySchool.values.reduce(0, +) }
    }

    let storage: Storage
    let now: @Sendable () -> Date

    /// Finds the students due and, unless `dryRun`, pseudonymises them in one transaction (all or
    /// none), auditing each school's count. `progress` hears every few hundred students.
    public func run(years: Int, dryRun: Bool, progress: (@Sendable (String) -> Void)? = nil) async throws -> Report {
        guard years >= 1 else { throw AppError(.badRequest, code: "invalid", message: "keep records for at least 1 year (got \(years))") }
        let at = now()
        guard let cutoff = Calendar(identifier: .gregorian).date(byAdding: .year, value: -years, to: at) else {
            throw AppError(.badRequest, code: "invalid", message: "cannot count back \(years) years")
        }
        return try await storage.transaction { db in
            var report = Report(cutoff: cutoff)
            let due = try await StudentModel.query(on: db).filter(\.$leftAt < cutoff).filter(\.$pseudonymisedAt == nil).with(\.$school)
                .sort(\.$leftAt).all()
            progress?("\(due.count) student\(due.count == 1 ? "" : "s") left before \(DateStyle.day(CalendarDate(cutoff)))")
            for student in due { report.bySchool[student.school.name, default: 0] += 1 }
            guard !dryRun else { return report }
            for (done, student) in due.enumerated() {
                try await pseudonymise(student, at: at, on: db)
                if (done + 1) % 500 == 0 { progress?("pseudonymised \(done + 1) of \(due.count)") }
            }
            for (school, students) in Dictionary(grouping: due, by: { $0.$school.id }) {
                try await ProgressCache.bump(school, on: db)
                try await AuditLog.record(
                    .studentsPseudonymise, school, reason: "\(students.count) who left more than \(years) years ago", by: .commandLine,
                    at: at, in: db)
            }
            return report
        }
    }

    private func pseudonymise(_ student: StudentModel, at: Date, on db: any Database) async throws {
        let id = try student.requireID()
        // Never a real UPN (those are a letter and 12 digits), and unique within the school.
        student.upn = "removed-\(id.uuidString.lowercased())"
        student.legalSurname = Self.pseudonym
        student.legalForename = ""
        student.preferredSurname = nil
        student.preferredForename = nil
        // The year of birth alone: enough for an age band, not for a person.
        student.dateOfBirth = String(student.dateOfBirth.prefix(4)) + "-01-01"
        student.postcode = nil
        student.latitude = nil
        student.longitude = nil
        student.email = nil
        student.userId = nil
        student.accessNeeds = ""
        student.interests = ""
        student.subjects = ""
        student.pseudonymisedAt = at
        try await student.update(on: db)
        try await JourneyEntryModel.query(on: db).filter(\.$student.$id == id).set(\.$goals, to: nil).set(\.$reflectionText, to: nil)
            .update()
    }
}
