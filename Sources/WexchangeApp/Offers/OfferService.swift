import FluentKit
import Foundation
import SQLKit
import WexchangeCore

/// Answers to offers and parents' consents: each a change of the offer's state made only if
/// nobody changed it first (a conditional update), with the audit entry and the emails in the
/// same transaction. A declined or lapsed round offer's place goes back to its round for
/// re-clearing (the opportunity's own count is untouched, since the round still holds it); one
/// made by a provider accepting a request goes back to the opportunity (`PlaceLedger`).
struct OfferService: Sendable {
    let catalogue: Catalogue
    let outbox: Outbox
    let publicURL: String
    let now: @Sendable () -> Date

    var storage: Storage { catalogue.storage }

    /// What the access policy needs to know about the offer.
    func facts(_ offerId: UUID) async throws -> OfferFacts {
        let db = storage.database
        guard let offer = try await OfferModel.query(on: db).filter(\.$id == offerId).with(\.$student).with(\.$opportunity).first()
        else { throw AppError.notFound("This offer") }
        return OfferFacts(
            student: StudentFacts(userId: offer.student.userId, schoolId: offer.student.$school.id),
            providerId: offer.opportunity.$provider.id, state: offer.offerState)
    }

    /// The student (or staff for them) accepts or declines; returns the offer's new state.
    @discardableResult
    func answer(_ answer: OfferRules.Answer, offer offerId: UUID, by identity: Identity) async throws -> OfferState {
        let at = now()
        return try await catalogue.write { db, revision in
            let offer = try await Self.load(offerId, on: db)
            let details = try offer.opportunity.details()
            let needsConsent = Self.needsConsent(offer.student, details)
            let deadline = CalendarDate(iso: offer.deadline) ?? CalendarDate(at)
            let new: OfferState
            switch OfferRules.answer(
                answer, state: offer.offerState, deadline: deadline, today: CalendarDate(at), needsConsent: needsConsent)
            {
            case .failure(let refusal): throw AppError(.conflict, code: "offer_closed", message: refusal.message)
            case .success(let state): new = state
            }
            try await Self.move(offer, to: new, answeredBy: identity.userId, at: at, revision: revision, on: db)
            try await AuditLog.record(
                answer == .accept ? .offerAccept : .offerDecline, offer.$student.id, reason: "“\(offer.opportunity.title)”: \(new.label)",
                by: identity, at: at, in: db)
            switch new {
            case .accepted: try await tellParents(offer, consentRequested: true, on: db)
            case .confirmed: try await tellConfirmed(offer, details, on: db)
            default: break
            }
            return new
        }
    }

    /// A linked parent or carer gives or refuses consent to an accepted offer.
    @discardableResult
    func consent(_ input: ConsentInput, offer offerId: UUID, by identity: Identity) async throws -> OfferState {
        let consent: Consent
        switch ConsentRules.check(input) {
        case .failure(let failure): throw failure
        case .success(let checked): consent = checked
        }
        let at = now()
        return try await catalogue.write { db, revision in
            let offer = try await Self.load(offerId, on: db)
            switch offer.offerState {
            case .accepted: break
            case .offered, .pending:
                throw AppError(.conflict, code: "offer_not_accepted", message: "The student has not accepted this offer yet")
            case .confirmed, .completed:
                throw AppError(.conflict, code: "already_confirmed", message: "This placement is already confirmed")
            case .declined, .lapsed:
                throw AppError(.conflict, code: "offer_closed", message: "This offer was not taken up: there is nothing to consent to")
            case .cancelled:
                throw AppError(
                    .conflict, code: "offer_closed", message: "The provider cancelled this placement: there is nothing to consent to")
            }
            let details = try offer.opportunity.details()
            let consentBy = Self.consentDeadline(offer, details)
            if OfferRules.hasConsentLapsed(state: offer.offerState, consentBy: consentBy, today: CalendarDate(at)) {
                throw AppError(
                    .conflict, code: "offer_closed",
                    message: "The time to give consent ended on \(consentBy.longText): the place has gone back")
            }
            let facts = PlacementFacts(details, providerName: try await Self.providerName(offer, on: db))
            let new: OfferState
            if case .given = consent { new = .confirmed } else { new = .declined }
            try await Self.move(offer, to: new, answeredBy: nil, at: at, revision: revision, on: db)
            try await ConsentModel(offerId: offerId, parentUserId: identity.userId, consent: consent, facts: facts.text, at: at).create(
                on: db)
            try await AuditLog.record(
                new == .confirmed ? .consentGive : .consentRefuse, offer.$student.id, reason: "“\(offer.opportunity.title)”", by: identity,
                at: at, in: db)
            if new == .confirmed {
                try await tellConfirmed(offer, details, on: db)
            } else if let email = offer.student.contactEmail {
                try await outbox.send(
                    to: email, subject: "Your placement was not confirmed",
                    body: """
                        Hello \(offer.student.forename),

                        Your parent or carer did not give consent for \(offer.opportunity.title), so the place has gone back.
                        Your school's careers leader can help you find another.
                        """, on: db)
            }
            return new
        }
    }

    /// The provider calls off a confirmed placement, with a reason the student and parents read.
    /// A round's student goes back into its re-clearing first; a request's place goes back to the
    /// listing. Throws `ValidationFailure` for a bad reason, a conflict when it cannot be cancelled.
    func cancel(_ offerId: UUID, reason: String?, by identity: Identity) async throws {
        let why = (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if why.isEmpty {
            throw ValidationFailure([FieldError("reason", "Enter why the placement is cancelled: the student and their family read it")])
        }
        guard why.count <= OfferRules.maxCancelReasonLength else {
            throw ValidationFailure([
                FieldError("reason", "The reason must be \(OfferRules.maxCancelReasonLength) characters or fewer (it has \(why.count))")
            ])
        }
        let at = now()
        try await catalogue.write { db, revision in
            let offer = try await Self.load(offerId, on: db)
            let details = try offer.opportunity.details()
            if let refusal = OfferRules.cancellation(
                state: offer.offerState, lastDay: details.schedule.hostingRanges.map(\.end).max(), today: CalendarDate(at))
            {
                throw AppError(.conflict, code: "cannot_cancel", message: refusal.message)
            }
            try await Self.move(offer, to: .cancelled, answeredBy: nil, at: at, revision: revision, on: db)
            try await AuditLog.record(
                .offerCancel, offer.$student.id, reason: "“\(offer.opportunity.title)”: \(why)", by: identity, at: at, in: db)
            var recipients = try await Self.family(offer.student, on: db)
            // The school's careers leaders, who help the student find another place.
            let leaders = try await MembershipModel.query(on: db).filter(\.$organisation.$id == offer.student.$school.id)
                .filter(\.$role == Role.careersLeader.rawValue).with(\.$user).all()
            recipients += leaders.map(\.user.email).filter { $0.contains("@") && !recipients.contains($0) }
            let name = offer.student.forename
            for email in recipients {
                try await outbox.send(
                    to: email, subject: "Placement cancelled: \(offer.opportunity.title)",
                    body: """
                        Hello,

                        The provider has cancelled \(name)'s placement: \(offer.opportunity.title).
                        Their reason: \(why)

                        \(offer.$round.id == nil ? "Your school's careers leader can help find another place." : "\(name) goes first when the round's places that come back are offered again; your school's careers leader can help too.")
                        """, on: db)
            }
        }
    }

    /// Marks every offer still unanswered after its deadline as lapsed, and every accepted one
    /// still without consent after its last day to consent; returns how many.
    @discardableResult
    func lapseOverdue() async throws -> Int {
        let at = now()
        let today = CalendarDate(at)
        return try await catalogue.write { db, revision in
            let overdue = try await OfferModel.query(on: db).filter(\.$state == OfferState.offered.rawValue)
                .filter(\.$deadline < today.description).with(\.$opportunity).all()
            for offer in overdue {
                try await Self.move(offer, to: .lapsed, answeredBy: nil, at: at, revision: revision, on: db)
                try await AuditLog.record(
                    .offerLapse, offer.$student.id, reason: "“\(offer.opportunity.title)”, due \(offer.deadline)", by: .offerDeadlines,
                    at: at, in: db)
            }
            let waiting = try await OfferModel.query(on: db).filter(\.$state == OfferState.accepted.rawValue)
                .with(\.$student).with(\.$opportunity).all()
            var unconsented = 0
            for offer in waiting {
                let consentBy = Self.consentDeadline(offer, try offer.opportunity.details())
                guard OfferRules.hasConsentLapsed(state: offer.offerState, consentBy: consentBy, today: today) else { continue }
                try await Self.move(offer, to: .lapsed, answeredBy: nil, at: at, revision: revision, on: db)
                try await AuditLog.record(
                    .offerLapse, offer.$student.id, reason: "“\(offer.opportunity.title)”: no consent by \(consentBy)", by: .offerDeadlines,
                    at: at, in: db)
                try await tellConsentLapsed(offer, consentBy: consentBy, on: db)
                unconsented += 1
            }
            return overdue.count + unconsented
        }
    }

    // MARK: - Steps

    static func load(_ offerId: UUID, on db: any Database) async throws -> OfferModel {
        guard let offer = try await OfferModel.query(on: db).filter(\.$id == offerId).with(\.$student).with(\.$opportunity).first()
        else { throw AppError.notFound("This offer") }
        return offer
    }

    /// Changes the offer's state only if it is still as it was read: of two answers racing, one
    /// wins and the other is told the offer changed. An offer outside a round that stops holding
    /// its place gives it back to the opportunity.
    static func move(
        _ offer: OfferModel, to new: OfferState, answeredBy: UUID?, at: Date, revision: Catalogue.Revision, on db: any Database
    ) async throws {
        let sql = db as! any SQLDatabase
        let changed = try await sql.raw(
            """
            UPDATE offers SET state = \(bind: new.rawValue), answered_at = COALESCE(\(bind: answeredBy == nil ? nil : at), answered_at),
            answered_by = COALESCE(\(bind: answeredBy), answered_by), updated_at = \(bind: at)
            WHERE id = \(bind: try offer.requireID()) AND state = \(bind: offer.state) RETURNING id
            """
        ).first()
        guard changed != nil else {
            throw AppError(.conflict, code: "offer_changed", message: "This offer changed while you answered it: look at it again")
        }
        if offer.offerState.holdsPlace, !new.holdsPlace, offer.$round.id == nil {
            try await PlaceLedger.giveBack(1, of: offer.$opportunity.id, revision: revision, on: db)
        }
        offer.state = new.rawValue
    }

    /// The last day a parent or carer may consent to this offer.
    static func consentDeadline(_ offer: OfferModel, _ details: OpportunityDetails) -> CalendarDate {
        OfferRules.consentDeadline(
            answerBy: CalendarDate(iso: offer.deadline) ?? CalendarDate(dayNumber: 0), firstDay: details.schedule.firstDay)
    }

    /// Under 18 on the first day (or no date of birth on record, which cannot prove otherwise).
    static func needsConsent(_ student: StudentModel, _ details: OpportunityDetails) -> Bool {
        guard let birth = CalendarDate(iso: student.dateOfBirth) else { return true }
        let firstDay = details.schedule.hostingRanges.first?.start ?? CalendarDate(Date())
        return OfferRules.needsConsent(bornOn: birth, firstDay: firstDay)
    }

    static func providerName(_ offer: OfferModel, on db: any Database) async throws -> String {
        try await OrganisationModel.find(offer.opportunity.$provider.id, on: db)?.name ?? "the provider"
    }

    /// The student's own address (when the record has one), then their linked parents'.
    static func family(_ student: StudentModel, on db: any Database) async throws -> [String] {
        try await ([student.contactEmail].compactMap { $0 }) + parentEmails(student, on: db)
    }

    static func parentEmails(_ student: StudentModel, on db: any Database) async throws -> [String] {
        guard let userId = student.userId else { return [] }
        let links = try await ParentLinkModel.query(on: db).filter(\.$student.$id == userId).with(\.$parent).all()
        return links.map(\.parent.email).filter { $0.contains("@") }
    }

    private func tellConsentLapsed(_ offer: OfferModel, consentBy: CalendarDate, on db: any Database) async throws {
        for email in try await OfferService.family(offer.student, on: db) {
            try await outbox.send(
                to: email, subject: "Work experience place not confirmed: \(offer.opportunity.title)",
                body: """
                    Hello,

                    \(offer.student.forename)'s place, \(offer.opportunity.title), needed a parent or carer's consent by \(consentBy.longText).
                    None was given, so the place has gone back. Your school's careers leader can help find another.
                    """, on: db)
        }
    }

    private func tellParents(_ offer: OfferModel, consentRequested: Bool, on db: any Database) async throws {
        let name = offer.student.forename
        for email in try await Self.parentEmails(offer.student, on: db) {
            try await outbox.send(
                to: email, subject: "Please give consent for \(name)'s work experience",
                body: """
                    Hello,

                    \(name) has accepted a work experience place: \(offer.opportunity.title).

                    Before the placement is confirmed, a parent or carer needs to read its details and give consent, by \(Self.consentDeadline(offer, try offer.opportunity.details()).longText).
                    Sign in to Wexchange to do so: \(publicURL)\(OfferRoutes.consent.link(try offer.requireID()))
                    """, on: db)
        }
    }

    private func tellConfirmed(_ offer: OfferModel, _ details: OpportunityDetails, on db: any Database) async throws {
        let name = offer.student.forename
        let when = OpportunityCard.dates(details.schedule)
        for email in try await OfferService.family(offer.student, on: db) {
            try await outbox.send(
                to: email, subject: "Work experience confirmed: \(offer.opportunity.title)",
                body: """
                    Hello,

                    \(name)'s placement is confirmed: \(offer.opportunity.title), \(when).

                    The details are on Wexchange: \(publicURL)\(OfferRoutes.offer.link(try offer.requireID()))
                    """, on: db)
        }
    }
}
