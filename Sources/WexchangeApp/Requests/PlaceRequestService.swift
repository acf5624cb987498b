import FluentKit
import Foundation
import SQLKit
import WexchangeCore

/// The request path to a place, for plentiful opportunities where the provider decides: a student
/// (or staff for them) asks, the provider accepts (an offer, taking the place through
/// `PlaceLedger` in the same transaction, so racing accepts can never give out more places than
/// there are) or declines with a reason, or the student takes it back. Each change is audited;
/// emails go through the outbox in the same transaction.
struct PlaceRequestService: Sendable {
    let catalogue: Catalogue
    let outbox: Outbox
    let publicURL: String
    let now: @Sendable () -> Date

    var storage: Storage { catalogue.storage }

    /// What the access policy needs to know about the request.
    func facts(_ requestId: UUID) async throws -> RequestFacts {
        let request = try await Self.load(requestId, on: storage.database)
        return RequestFacts(student: request.student.facts, providerId: request.opportunity.$provider.id, state: request.requestState)
    }

    /// Asks for a place for the student; returns the request. Throws `ValidationFailure` for a bad
    /// note, and a conflict, in words for the student, when they may not ask.
    @discardableResult
    func request(_ opportunityId: UUID, for studentId: UUID, message: String?, by identity: Identity) async throws -> PlaceRequestModel {
        let note: String?
        switch PlaceRequestRules.message(message) {
        case .failure(let error): throw ValidationFailure([error])
        case .success(let checked): note = checked
        }
        let at = now()
        let today = CalendarDate(at)
        return try await storage.transaction { db in
            let (student, opportunity, existing) = try await Self.checkMayAsk(opportunityId, for: studentId, today: today, on: db)
            let details = try opportunity.details()
            let request = existing ?? PlaceRequestModel()
            request.$student.id = studentId
            request.$opportunity.id = opportunityId
            request.state = PlaceRequestState.requested.rawValue
            request.message = note
            request.requestedBy = identity.userId
            request.answerBy =
                PlaceRequestRules.answerBy(
                    today: today, nextStart: PlaceRequestRules.nextStart(details.schedule.hostingRanges, today: today)
                ).description
            request.answeredAt = nil
            request.answeredBy = nil
            request.reason = nil
            request.offerId = nil
            try await request.save(on: db)
            try await AuditLog.record(.requestMake, try student.requireID(), reason: "“\(opportunity.title)”", by: identity, at: at, in: db)
            try await tellProvider(opportunity, answerBy: request.answerBy, on: db)
            return request
        }
    }

    /// The provider says yes: the request becomes an offer, taking one of the opportunity's places
    /// (or nothing changes and the provider hears "no places left"). Returns the offer's id.
    @discardableResult
    func accept(_ requestId: UUID, by identity: Identity) async throws -> UUID {
        let at = now()
        let today = CalendarDate(at)
        return try await catalogue.write { db, revision in
            let request = try await Self.load(requestId, on: db)
            try Self.checkOpen(request, today: today)
            try await Self.move(request, to: .accepted, by: identity.userId, at: at, on: db)
            try await PlaceLedger.take(1, of: request.$opportunity.id, revision: revision, on: db)
            let details = try request.opportunity.details()
            let deadline = PlaceRequestRules.offerDeadline(
                today: today, nextStart: PlaceRequestRules.nextStart(details.schedule.hostingRanges, today: today))
            let offer = OfferModel(
                roundId: nil, studentId: request.$student.id, opportunityId: request.$opportunity.id, state: .offered, rank: nil,
                deadline: deadline.description)
            try await offer.create(on: db)
            let offerId = try offer.requireID()
            request.offerId = offerId
            try await request.update(on: db)
            try await AuditLog.record(
                .requestAccept, request.$student.id, reason: "“\(request.opportunity.title)”", by: identity, at: at, in: db)
            if let email = request.student.contactEmail {
                try await outbox.send(
                    to: email, subject: "You have been offered a place: \(request.opportunity.title)",
                    body: """
                        Hello \(request.student.forename),

                        \(try await OrganisationModel.find(request.opportunity.$provider.id, on: db)?.name ?? "The provider") has accepted your request for \(request.opportunity.title).

                        Accept or decline the place by \(deadline.longText): \(publicURL)\(OfferRoutes.offer.link(offerId))
                        """, on: db)
            }
            return offerId
        }
    }

    /// The provider says no, with an optional reason the student reads.
    func decline(_ requestId: UUID, reason: String?, by identity: Identity) async throws {
        let why: String?
        switch PlaceRequestRules.reason(reason) {
        case .failure(let error): throw ValidationFailure([error])
        case .success(let checked): why = checked
        }
        let at = now()
        try await storage.transaction { db in
            let request = try await Self.load(requestId, on: db)
            try Self.checkOpen(request, today: CalendarDate(at))
            request.reason = why
            try await Self.move(request, to: .declined, by: identity.userId, at: at, on: db)
            try await request.update(on: db)
            try await AuditLog.record(
                .requestDecline, request.$student.id, reason: "“\(request.opportunity.title)”", by: identity, at: at, in: db)
            if let email = request.student.contactEmail {
                try await outbox.send(
                    to: email, subject: "Your request was not accepted: \(request.opportunity.title)",
                    body: """
                        Hello \(request.student.forename),

                        The provider could not offer you a place on \(request.opportunity.title).\(why.map { "\nTheir reason: \($0)" } ?? "")

                        Your school's careers leader can help you find another: \(publicURL)\(CatalogueRoutes.search.link)
                        """, on: db)
            }
        }
    }

    /// The student (or staff for them) takes back a request the provider has not answered.
    func withdraw(_ requestId: UUID, by identity: Identity) async throws {
        let at = now()
        try await storage.transaction { db in
            let request = try await Self.load(requestId, on: db)
            guard request.requestState == .requested else {
                throw AppError(
                    .conflict, code: "request_answered",
                    message: "The provider has already answered this request (\(request.requestState.label.lowercased()))")
            }
            try await Self.move(request, to: .withdrawn, by: nil, at: at, on: db)
            try await AuditLog.record(
                .requestWithdraw, request.$student.id, reason: "“\(request.opportunity.title)”", by: identity, at: at, in: db)
        }
    }

    /// Marks every request still unanswered after its day as expired; returns how many.
    @discardableResult
    func expireOverdue() async throws -> Int {
        let at = now()
        let today = CalendarDate(at).description
        return try await storage.transaction { db in
            let overdue = try await PlaceRequestModel.query(on: db).filter(\.$state == PlaceRequestState.requested.rawValue)
                .filter(\.$answerBy < today).with(\.$opportunity).all()
            for request in overdue {
                try await Self.move(request, to: .expired, by: nil, at: at, on: db)
                try await AuditLog.record(
                    .requestExpire, request.$student.id, reason: "“\(request.opportunity.title)”, due \(request.answerBy)",
                    by: .offerDeadlines, at: at, in: db)
            }
            return overdue.count
        }
    }

    /// Why the student may not ask for a place on it now (in words for them), or nil when they may:
    /// the same checks `request` makes, for the form to show before anyone types a note.
    func refusal(_ opportunityId: UUID, for studentId: UUID) async throws -> String? {
        do {
            _ = try await Self.checkMayAsk(opportunityId, for: studentId, today: CalendarDate(now()), on: storage.database)
            return nil
        } catch let error as AppError where error.status == .conflict {
            return error.message
        }
    }

    // MARK: - Steps

    /// The student and the opportunity, if the student may ask for a place on it now, with their
    /// earlier request to reuse (withdrawn or expired); else a conflict saying why not.
    private static func checkMayAsk(
        _ opportunityId: UUID, for studentId: UUID, today: CalendarDate, on db: any Database
    ) async throws -> (StudentModel, OpportunityModel, PlaceRequestModel?) {
        guard let student = try await StudentModel.find(studentId, on: db) else { throw AppError.notFound("This student") }
        guard student.leftAt == nil else {
            throw AppError(.conflict, code: "student_left", message: "This student has left the school")
        }
        // A listing that is not published is not there for students (nor is its existence).
        guard let opportunity = try await OpportunityModel.find(opportunityId, on: db), opportunity.effectiveStatus == .published else {
            throw AppError.notFound("This opportunity")
        }
        if let refusal = PlaceRequestRules.refusal(asking(student, opportunity, try opportunity.details(), today: today), today: today) {
            throw AppError(.conflict, code: "cannot_request", message: refusal)
        }
        try await checkNoPlaceYet(student: studentId, opportunity, today: today, on: db)
        let existing = try await PlaceRequestModel.query(on: db).filter(\.$student.$id == studentId)
            .filter(\.$opportunity.$id == opportunityId).first()
        if let existing { try checkAskAgain(existing, title: opportunity.title, today: today) }
        return (student, opportunity, existing)
    }

    static func load(_ requestId: UUID, on db: any Database) async throws -> PlaceRequestModel {
        guard
            let request = try await PlaceRequestModel.query(on: db).filter(\.$id == requestId).with(\.$student)
                .with(\.$opportunity).first()
        else { throw AppError.notFound("This request") }
        return request
    }

    static func asking(
        _ student: StudentModel, _ opportunity: OpportunityModel, _ details: OpportunityDetails, today: CalendarDate
    )
        -> PlaceRequestRules.Asking
    {
        let ranges = details.schedule.hostingRanges
        return PlaceRequestRules.Asking(
            studentYear: student.yearGroup, years: details.years, applicationDeadline: details.applicationDeadline,
            nextStart: PlaceRequestRules.nextStart(ranges, today: today), lastDay: ranges.map(\.end).max(),
            placesLeft: opportunity.placesLeft)
    }

    /// A request waiting for the provider, and not past its day.
    private static func checkOpen(_ request: PlaceRequestModel, today: CalendarDate) throws {
        let state = request.requestState
        guard state == .requested else {
            throw AppError(.conflict, code: "request_closed", message: "This request is already closed (\(state.label.lowercased()))")
        }
        let day = CalendarDate(iso: request.answerBy) ?? today
        if PlaceRequestRules.hasExpired(state: state, answerBy: day, today: today) {
            throw AppError(
                .conflict, code: "request_closed", message: "This request was to be answered by \(day.longText): the student can ask again")
        }
    }

    /// A student already holding a place on it (from a round or a request) does not ask again.
    /// (An offer past its deadline, to answer or to consent, no longer holds one, even before the
    /// sweep marks it lapsed.)
    private static func checkNoPlaceYet(
        student: UUID, _ opportunity: OpportunityModel, today: CalendarDate, on db: any Database
    ) async throws {
        let offers = try await OfferModel.query(on: db).filter(\.$student.$id == student)
            .filter(\.$opportunity.$id == opportunity.requireID()).all()
        let firstDay = try opportunity.details().schedule.firstDay
        let holding = offers.contains { $0.offerState != .pending && $0.holdsPlace(today: today, firstDay: firstDay) }
        if holding {
            throw AppError(.conflict, code: "already_offered", message: "This student already has a place on “\(opportunity.title)”")
        }
    }

    /// A withdrawn or expired request may be asked again; an open or answered one may not.
    private static func checkAskAgain(_ existing: PlaceRequestModel, title: String, today: CalendarDate) throws {
        switch existing.requestState {
        case .withdrawn, .expired:
            return
        case .requested:
            let day = CalendarDate(iso: existing.answerBy) ?? today
            if PlaceRequestRules.hasExpired(state: .requested, answerBy: day, today: today) { return }
            throw AppError(
                .conflict, code: "already_requested",
                message: "A place on “\(title)” has already been requested: the provider answers by \(day.longText)")
        case .accepted:
            throw AppError(.conflict, code: "already_requested", message: "The provider has already offered a place on “\(title)”")
        case .declined:
            throw AppError(.conflict, code: "already_requested", message: "The provider has already declined a request for “\(title)”")
        }
    }

    /// Changes the request's state only if it is still as it was read: of two answers racing, one
    /// wins and the other is told the request changed.
    private static func move(
        _ request: PlaceRequestModel, to new: PlaceRequestState, by userId: UUID?, at: Date, on db: any Database
    ) async throws {
        let sql = db as! any SQLDatabase
        let changed = try await sql.raw(
            """
            UPDATE place_requests SET state = \(bind: new.rawValue), answered_at = \(bind: at), answered_by = \(bind: userId),
            updated_at = \(bind: at) WHERE id = \(bind: try request.requireID()) AND state = \(bind: request.state) RETURNING id
            """
        ).first()
        guard changed != nil else {
            throw AppError(.conflict, code: "request_changed", message: "This request changed while you answered it: look at it again")
        }
        request.state = new.rawValue
        request.answeredAt = at
        request.answeredBy = userId
    }

    /// Tells the provider's people a request is waiting, naming no student.
    private func tellProvider(_ opportunity: OpportunityModel, answerBy: String, on db: any Database) async throws {
        let members = try await MembershipModel.query(on: db).filter(\.$organisation.$id == opportunity.$provider.id)
            .with(\.$user).all()
        let day = CalendarDate(iso: answerBy)?.longText ?? answerBy
        for email in Set(members.map(\.user.email)).sorted() where email.contains("@") {
            try await outbox.send(
                to: email, subject: "A student asks for a place: \(opportunity.title)",
                body: """
                    Hello,

                    A student has asked for a place on \(opportunity.title). Please accept or decline by \(day):
                    \(publicURL)\(RequestRoutes.requests.link)
                    """, on: db)
        }
    }
}
