import FluentKit
import Foundation
import WexchangeCore
import WexchangeGeo

/// Students' ranked choices in a round, set by the student or by their school's staff for them.
extension RoundService {
    /// Whether the student's school takes part in the round: its own school round, a hub round of
    /// its hub, or the national pool.
    static func includes(_ round: RoundModel, school: OrganisationModel) -> Bool {
        switch round.roundScope {
        case .school: round.organisationId == school.id
        case .hub: round.organisationId != nil && round.organisationId == school.hubId
        case .national: true
        }
    }

    /// A round a student may rank in now, for the links on their record.
    struct OpenRound: Sendable, Equatable {
        let id: UUID
        let name: String
        let closes: CalendarDate
    }

    /// The rounds open for choices today that include the student's school, closing first first.
    func openRounds(for student: StudentModel) async throws -> [OpenRound] {
        let db = storage.database
        guard let school = try await OrganisationModel.find(student.$school.id, on: db) else { return [] }
        return try await RoundModel.query(on: db).filter(\.$state == RoundState.preferencesOpen.rawValue).all()
            .filter { $0.settings.preferencesAreOpen(on: today) && Self.includes($0, school: school) }
            .map { OpenRound(id: try $0.requireID(), name: $0.name, closes: $0.settings.preferencesClose) }
            .sorted { ($0.closes, $0.name) < ($1.closes, $1.name) }
    }

    /// The facts the access policy needs to let someone rank for a student in a round.
    func rankingFacts(round roundId: UUID, student studentId: UUID) async throws -> AccessAction {
        let db = storage.database
        let round = try await Self.find(roundId, on: db)
        guard let student = try await StudentModel.query(on: db).filter(\.$id == studentId).with(\.$school).first() else {
            throw AppError.notFound("This student")
        }
        return .rankInRound(round.facts, student.facts, inScope: Self.includes(round, school: student.school))
    }

    /// The student's choices in the round, first first.
    func preferences(round roundId: UUID, student studentId: UUID) async throws -> [UUID] {
        try await RoundPreferenceModel.query(on: storage.database).filter(\.$round.$id == roundId).filter(\.$student.$id == studentId)
            .sort(\.$rank).all().map(\.$opportunity.id)
    }

    /// Replaces the student's choices with `choices`, first first (empty withdraws them). Throws
    /// `ValidationFailure` naming each choice that may not be made, and changes nothing then.
    func setPreferences(_ choices: [UUID], round roundId: UUID, student studentId: UUID, by actor: AuditActor) async throws {
        let at = now()
        let today = CalendarDate(at)
        try await storage.transaction { db in
            let round = try await Self.find(roundId, on: db)
            let settings = round.settings
            if let closed = Self.closedForChoices(round, on: today) {
                throw AppError(.conflict, code: "preferences_closed", message: closed)
            }
            guard let student = try await StudentModel.query(on: db).filter(\.$id == studentId).with(\.$school).first(),
                student.leftAt == nil
            else { throw AppError.notFound("This student") }
            try Self.check(choices, limit: settings.preferenceLimit)
            let pledged = try await RoundPledgeModel.query(on: db).filter(\.$round.$id == roundId).with(\.$opportunity).all()
            let offered = Dictionary(pledged.map { ($0.$opportunity.id, $0.opportunity) }, uniquingKeysWith: { first, _ in first })
            let who = try await eligibilityStudent(student)
            var errors: [FieldError] = []
            for (index, id) in choices.enumerated() {
                let field = "choices[\(index)]"
                guard let opportunity = offered[id] else {
                    errors.append(FieldError(field, "Your \(Ordinal.text(index + 1)) choice is not one of this round's opportunities"))
                    continue
                }
                let reasons = try Self.reasons(who, opportunity)
                if !reasons.isEmpty {
                    errors.append(
                        FieldError(
                            field,
                            "Your \(Ordinal.text(index + 1)) choice, “\(opportunity.title)”, cannot be chosen: "
                                + reasons.map(\.description).joined(separator: "; ")))
                }
            }
            guard errors.isEmpty else { throw ValidationFailure(errors) }
            try await RoundPreferenceModel.query(on: db).filter(\.$round.$id == roundId).filter(\.$student.$id == studentId).delete()
            for (index, id) in choices.enumerated() {
                try await RoundPreferenceModel(roundId: roundId, studentId: studentId, opportunityId: id, rank: index + 1).create(on: db)
            }
            try await AuditLog.record(
                .roundPreferences, studentId, reason: "\(choices.count) choices in “\(round.name)”", by: actor, at: at, in: db)
        }
    }

    /// Why nobody may choose in the round on `today`, in words; nil while choices are open.
    static func closedForChoices(_ round: RoundModel, on today: CalendarDate) -> String? {
        let settings = round.settings
        guard round.roundState != .preferencesOpen || !settings.preferencesAreOpen(on: today) else { return nil }
        return round.roundState == .preferencesOpen && today < settings.preferencesOpen
            ? "Choices open on \(DateStyle.day(settings.preferencesOpen))" : "Choices for this round are closed"
    }

    /// Why the student may not choose the opportunity; empty when they may.
    static func reasons(_ who: RoundEligibility.Student, _ opportunity: OpportunityModel) throws -> [RoundEligibility.Reason] {
        let details = try opportunity.details()
        return RoundEligibility.reasons(
            who,
            RoundEligibility.Opportunity(
                years: details.years, isVirtual: details.mode == .virtual, location: details.location?.coordinate,
                adjustments: TaxonomySet(details.sendAdjustments)))
    }

    /// The list itself: within the limit, each opportunity once.
    static func check(_ choices: [UUID], limit: Int) throws(ValidationFailure) {
        if choices.count > limit {
            throw ValidationFailure([FieldError("choices", "Choose at most \(limit) opportunities; you chose \(choices.count)")])
        }
        var seen = Set<UUID>()
        for (index, id) in choices.enumerated() where !seen.insert(id).inserted {
            throw ValidationFailure([
                FieldError("choices[\(index)]", "Your \(Ordinal.text(index + 1)) choice is the same as an earlier one: choose each once")
            ])
        }
    }

    /// What eligibility needs about the student: from home, or without a home postcode from school.
    func eligibilityStudent(_ student: StudentModel) async throws -> RoundEligibility.Student {
        var location: Coordinate?
        if let latitude = student.latitude, let longitude = student.longitude {
            location = Coordinate(latitude: latitude, longitude: longitude)
        } else if let postcode = student.school.postcode, case .success(let place) = gazetteer.geocode(postcode) {
            location = place.coordinate
        }
        return RoundEligibility.Student(
            year: student.yearGroup, location: location, travelKm: student.travelKm,
            accessNeeds: TaxonomySet(student.accessNeeds.split(separator: ";").compactMap { SendAdjustment(rawValue: String($0)) }))
    }
}
