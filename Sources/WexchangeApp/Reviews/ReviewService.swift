import FluentKit
import Foundation
import WexchangeCore

/// Ratings and reviews: writing one (once per organisation per opportunity, then editing it),
/// reporting abuse, and the national admins' comment moderation. Every change to a review stamps
/// the provider with a new catalogue revision, so search's averages and `min_rating` follow at
/// once, and so do the reviews kept for listings' pages (`shownCache`), on every instance.
struct ReviewService: Sendable {
    let catalogue: Catalogue
    /// Each listing's reviews as the public sees them, kept per revision of its provider: a
    /// listing's page is read far more often than its reviews change.
    var shownCache: ShownCache? = nil
    let now: @Sendable () -> Date

    typealias ShownCache = KeyedCache<Int64, [Shown]>

    var storage: Storage { catalogue.storage }

    struct Shown: Sendable {
        let id: UUID
        let organisationName: String
        let stars: Int
        let comment: String?
        let updatedAt: Date?
        let givenBeforeParticipation: Bool
    }

    /// Creates or replaces the requester's organisation's review of this opportunity. Only a
    /// school or hub whose students finished a placement with its provider may
    /// (`ReviewParticipation`); a rating written so is no longer marked as given before that rule.
    func rate(opportunityId: UUID, stars: String?, comment: String?, by identity: Identity) async throws {
        let review: ReviewRules.Review
        switch ReviewRules.validate(stars: stars, comment: comment) {
        case .success(let value): review = value
        case .failure(let failure): throw AppError.invalid(failure)
        }
        try await catalogue.write { db, revision in
            guard let listing = try await OpportunityModel.find(opportunityId, on: db) else {
                throw AppError.notFound("opportunity \(opportunityId)")
            }
            guard try await ReviewParticipation.tookPart(identity.organisationId, withProvider: listing.$provider.id, on: db) else {
                let name = try await ProviderModel.find(listing.$provider.id, on: db)?.name ?? "this provider"
                throw ReviewParticipation.refusal(providerName: name)
            }
            let existing = try await ReviewModel.query(on: db).filter(\.$opportunity.$id == opportunityId)
                .filter(\.$organisation.$id == identity.organisationId).first()
            let row =
                existing
                ?? ReviewModel(
                    opportunityID: opportunityId, providerID: listing.$provider.id,
                    organisationID: identity.organisationId, userID: identity.userId)
            let commentChanged = row.comment != review.comment
            row.$user.id = identity.userId
            row.stars = review.stars
            row.comment = review.comment
            row.givenBeforeParticipation = false
            if review.comment == nil {
                row.commentStatus = ReviewModel.CommentStatus.none.rawValue
            } else if commentChanged {
                row.commentStatus = ReviewModel.CommentStatus.pending.rawValue
            }
            try await row.save(on: db)
            try await Catalogue.touchProvider(listing.$provider.id, revision: revision, on: db)
        }
    }

    /// Any signed-in person may report a comment: it leaves the page until a national admin reads it again.
    func report(_ reviewId: UUID) async throws {
        try await catalogue.write { db, revision in
            guard let row = try await ReviewModel.find(reviewId, on: db) else { throw AppError.notFound("review \(reviewId)") }
            row.reports += 1
            if row.commentStatus == ReviewModel.CommentStatus.visible.rawValue {
                row.commentStatus = ReviewModel.CommentStatus.pending.rawValue
            }
            try await row.save(on: db)
            try await Catalogue.touchProvider(row.$provider.id, revision: revision, on: db)
        }
    }

    /// A national admin's decision on a comment: show it, or keep it hidden (the stars still count).
    func moderate(_ reviewId: UUID, show: Bool, by identity: Identity) async throws {
        let at = now()
        try await catalogue.write { db, revision in
            guard let row = try await ReviewModel.find(reviewId, on: db) else { throw AppError.notFound("review \(reviewId)") }
            guard row.comment != nil else {
                throw AppError(.conflict, code: "no_comment", message: "this review has no comment to moderate")
            }
            row.commentStatus = (show ? ReviewModel.CommentStatus.visible : .hidden).rawValue
            try await row.save(on: db)
            try await Catalogue.touchProvider(row.$provider.id, revision: revision, on: db)
            try await AuditLog.record(show ? .reviewShow : .reviewHide, reviewId, by: identity, at: at, in: db)
        }
    }

    struct Pending: Sendable {
        let id: UUID
        let opportunityId: UUID
        let opportunityTitle: String
        let organisationName: String
        let stars: Int
        let comment: String
        let reports: Int
    }

    /// Comments waiting for a national admin, most reported first, then oldest.
    func pendingComments() async throws -> [Pending] {
        try await ReviewModel.query(on: storage.database).filter(\.$commentStatus == ReviewModel.CommentStatus.pending.rawValue)
            .with(\.$opportunity).with(\.$organisation).sort(\.$reports, .descending).sort(\.$updatedAt).range(..<200).all()
            .map { row in
                Pending(
                    id: try row.requireID(), opportunityId: row.$opportunity.id, opportunityTitle: row.opportunity.title,
                    organisationName: row.organisation.name, stars: row.stars, comment: row.comment ?? "", reports: row.reports)
            }
    }

    /// The reviews of one opportunity as the public sees them: stars always, comments once read.
    /// Kept while its provider's revision in the search index stays the same. The index moves
    /// to a new revision only after the write that stamped it has committed, so what is read here
    /// is never older than the revision it is kept under.
    func shown(for opportunityId: UUID) async throws -> [Shown] {
        let index = catalogue.index
        guard let shownCache, let providerId = index.entry(id: opportunityId)?.providerId,
            let revision = index.providers[providerId]?.revision
        else { return try await readShown(for: opportunityId) }
        if let kept = shownCache.kept(for: opportunityId, key: revision) { return kept }
        let shown = try await readShown(for: opportunityId)
        shownCache.keep(shown, for: opportunityId, key: revision)
        return shown
    }

    private func readShown(for opportunityId: UUID) async throws -> [Shown] {
        try await ReviewModel.query(on: storage.database).filter(\.$opportunity.$id == opportunityId).with(\.$organisation)
            .sort(\.$updatedAt, .descending).all().map { row in
                Shown(
                    id: try row.requireID(), organisationName: row.organisation.name, stars: row.stars,
                    comment: row.commentStatus == ReviewModel.CommentStatus.visible.rawValue ? row.comment : nil, updatedAt: row.updatedAt,
                    givenBeforeParticipation: row.givenBeforeParticipation)
            }
    }

    /// The requester's organisation's own review of an opportunity, to pre-fill the form.
    func own(opportunityId: UUID, organisationId: UUID) async throws -> ReviewModel? {
        try await ReviewModel.query(on: storage.database).filter(\.$opportunity.$id == opportunityId)
            .filter(\.$organisation.$id == organisationId).first()
    }

    /// Each provider's rating, from every review's stars.
    static func ratings(of providers: [UUID]?, on db: any Database) async throws -> [UUID: ProviderRating] {
        var query = ReviewModel.query(on: db)
        if let providers { query = query.filter(\.$provider.$id ~~ providers) }
        let rows = try await query.all()
        return Dictionary(grouping: rows, by: { $0.$provider.id }).compactMapValues { ProviderRating(stars: $0.map(\.stars)) }
    }
}
