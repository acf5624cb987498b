import FluentKit
import Foundation
import WexchangeCore
import WexchangeMatching

/// Offers as their people read them: a student's or a parent's list, one offer with the round's
/// explanation, and a provider's confirmed placements (with only what hosting needs).
struct OfferReader: Sendable {
    let storage: Storage
    let now: @Sendable () -> Date

    struct Summary: Sendable, Equatable {
        let id: UUID
        /// As it stands today: an unanswered offer past its deadline reads as lapsed even before
        /// the hourly sweep writes it.
        let state: OfferState
        let title: String
        let providerName: String
        let deadline: CalendarDate
        /// The last day a parent or carer may consent, once it is accepted.
        let consentBy: CalendarDate
        /// Whether the student (or staff for them) said yes: a lapse after that was for want of consent.
        var wasAccepted = false
        let studentName: String
        let roundName: String?
    }

    struct Detail: Sendable {
        let summary: Summary
        let studentId: UUID
        let facts: PlacementFacts
        let needsConsent: Bool
        /// What the round decided and why, in the student's words (nil for an offer made outside a round).
        let headline: String?
        let reasons: [String]
        let consent: ConsentModel?
        /// How it went, once confirmed: what the provider recorded, and the days it counts.
        var record = PlacementRecord()
        var placementDays: [CalendarDate] = []
        /// The journey entry it became once finished, where the student reflects.
        var journeyEntryId: UUID? = nil
    }

    /// A student's offers (made, not pending), or every linked child's for a parent; newest first.
    func summaries(for identity: Identity) async throws -> [Summary] {
        let db = storage.database
        let users: [UUID] = identity.membership.role == .parent ? Array(identity.membership.linkedStudents) : [identity.userId]
        guard !users.isEmpty else { return [] }
        let students = try await StudentModel.query(on: db).filter(\.$userId ~~ users).all()
        guard !students.isEmpty else { return [] }
        let offers = try await OfferModel.query(on: db).filter(\.$student.$id ~~ students.map { try $0.requireID() })
            .filter(\.$state != OfferState.pending.rawValue).with(\.$student).with(\.$opportunity).with(\.$round)
            .sort(\.$createdAt, .descending).sort(\.$id).all()
        return try await offers.asyncMap { try await summary($0, try $0.opportunity.details(), on: db) }
    }

    func detail(_ offerId: UUID) async throws -> Detail {
        let db = storage.database
        guard
            let offer = try await OfferModel.query(on: db).filter(\.$id == offerId).with(\.$student).with(\.$opportunity).with(\.$round)
                .first()
        else { throw AppError.notFound("This offer") }
        let details = try offer.opportunity.details()
        let summary = try await summary(offer, details, on: db)
        let consent = try await ConsentModel.query(on: db).filter(\.$offer.$id == offerId).first()
        var headline: String?
        var reasons: [String] = []
        if let round = offer.round,
            let stored = try await RoundOutcomeModel.query(on: db).filter(\.$round.$id == round.requireID())
                .filter(\.$student.$id == offer.$student.id).first()
        {
            let outcome = try stored.outcome
            headline = RoundExplanation.headline(outcome, placedAt: summary.title)
            reasons = try await explain(outcome.notGiven, in: round, on: db)
        }
        var detail = Detail(
            summary: summary, studentId: offer.$student.id, facts: PlacementFacts(details, providerName: summary.providerName),
            needsConsent: OfferService.needsConsent(offer.student, details), headline: headline, reasons: reasons, consent: consent)
        if offer.offerState == .confirmed || offer.offerState == .completed {
            detail.record = offer.placementRecord
            detail.placementDays = PlacementRules.journeyDays(of: details.schedule, record: detail.record, listedDays: details.days)
            detail.journeyEntryId = try await JourneyEntryModel.query(on: db).filter(\.$offerId == offerId).first()?.requireID()
        }
        return detail
    }

    /// One sentence per choice the student ranked above what they got.
    func explain(
        _ notGiven: [RoundOutcome.NotGiven], in round: RoundModel, to reader: RoundExplanation.Reader = .student, on db: any Database
    ) async throws -> [String] {
        guard !notGiven.isEmpty else { return [] }
        let pledges = try await Self.pledges(of: round, among: notGiven.map(\.opportunity), on: db)
        return Self.sentences(notGiven, pledges: pledges, roundOrder: round.settings.priority, to: reader)
    }

    /// The round's pledges by listing (only `among` them, when given), with their listings.
    static func pledges(
        of round: RoundModel, among opportunities: [UUID]? = nil, on db: any Database
    ) async throws -> [UUID:
        RoundPledgeModel]
    {
        var query = RoundPledgeModel.query(on: db).filter(\.$round.$id == (try round.requireID())).with(\.$opportunity)
        if let opportunities { query = query.filter(\.$opportunity.$id ~~ opportunities) }
        let pledges = try await query.all()
        return Dictionary(pledges.map { ($0.$opportunity.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    static func sentences(
        _ notGiven: [RoundOutcome.NotGiven], pledges: [UUID: RoundPledgeModel], roundOrder: [PriorityCriterion],
        to reader: RoundExplanation.Reader
    ) -> [String] {
        notGiven.map { item in
            let pledge = pledges[item.opportunity]
            return RoundExplanation.sentence(
                item, title: pledge?.opportunity.title ?? "an opportunity no longer listed", places: pledge?.places ?? 0,
                criteria: pledge?.priority.map(PriorityOrder.stored) ?? roundOrder, to: reader)
        }
    }

    /// `details` are the offer's listing's, decoded once by the caller.
    private func summary(_ offer: OfferModel, _ details: OpportunityDetails, on db: any Database) async throws -> Summary {
        let deadline = CalendarDate(iso: offer.deadline) ?? CalendarDate(dayNumber: 0)
        let stored = offer.offerState
        let today = CalendarDate(now())
        let consentBy = OfferService.consentDeadline(offer, details)
        let lapsed =
            OfferRules.hasLapsed(state: stored, deadline: deadline, today: today)
            || OfferRules.hasConsentLapsed(state: stored, consentBy: consentBy, today: today)
        return Summary(
            id: try offer.requireID(), state: lapsed ? .lapsed : stored, title: offer.opportunity.title,
            providerName: try await OfferService.providerName(offer, on: db), deadline: deadline, consentBy: consentBy,
            wasAccepted: offer.answeredBy != nil && stored != .declined, studentName: offer.student.forename, roundName: offer.round?.name)
    }
}
