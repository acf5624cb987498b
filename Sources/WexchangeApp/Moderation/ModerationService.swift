import FluentKit
import Foundation
import WexchangeCore
import WexchangeGeo

/// The moderators' work: the queue of listings waiting for them (oldest first, with what changed
/// since the last approved version), approving, and returning with a reason. Every decision is
/// written to the audit log in the same transaction as the change it records.
struct ModerationService: Sendable {
    let catalogue: Catalogue
    let gazetteer: Gazetteer
    let outbox: Outbox
    let now: @Sendable () -> Date

    var storage: Storage { catalogue.storage }
    var loader: ListingFactsService { ListingFactsService(storage: storage, gazetteer: gazetteer) }

    struct Item: Sendable {
        let id: UUID
        let title: String
        let providerName: String
        let submittedAt: Date
        let isVirtual: Bool
        let postcode: String?
        /// Nil when the listing was never approved before.
        let changes: [Moderation.Change]
        let isNew: Bool
        let details: OpportunityDetails
        /// The version a moderator last approved.
        let approved: OpportunityDetails?
        /// Live in search now (a moderator may still take it down by returning it).
        let isPublished: Bool
        /// A change to a published listing: the published version stays live while it waits,
        /// and returning it keeps that version.
        let isChange: Bool
    }

    /// The listings waiting in this requester's own queue, oldest first (`AccessPolicy.queues`: a
    /// hub its area's in-person listings, national admins online ones and those outside every hub).
    func queue(for requester: Requester) async throws -> [Item] {
        let db = storage.database
        let rows = try await OpportunityModel.query(on: db)
            .group(.or) { waiting in
                waiting.filter(\.$status == OpportunityStatus.submitted.rawValue)
                    .group(.and) {
                        $0.filter(\.$status == OpportunityStatus.published.rawValue).filter(\.$pendingDetailsJSON != nil)
                            .filter(\.$submittedAt != nil)
                    }
            }
            .sort(\.$submittedAt, .ascending).sort(\.$id).with(\.$provider).all()
        let hubs = try await HubAreas.load(on: db)
        return try rows.compactMap { row in
            // A waiting change is routed by where it would take place.
            let working = try row.workingDetails()
            let isVirtual = working.mode == .virtual
            let facts = ListingFacts(
                providerId: row.$provider.id, isPublished: false, isVirtual: isVirtual,
                hubId: isVirtual ? nil : hubs.hub(containing: working.location?.postcode, gazetteer: gazetteer))
            guard AccessPolicy.queues(requester, facts) else { return nil }
            return try item(row)
        }
    }

    func item(_ row: OpportunityModel) throws -> Item {
        let details = try row.workingDetails()
        let approved = try row.approvedDetails()
        return Item(
            id: try row.requireID(), title: details.title, providerName: row.$provider.value?.name ?? "",
            submittedAt: row.submittedAt ?? row.updatedAt ?? now(), isVirtual: details.mode == .virtual,
            postcode: details.location?.postcode, changes: Moderation.changes(from: approved, to: details), isNew: approved == nil,
            details: details, approved: approved, isPublished: row.effectiveStatus == .published, isChange: row.hasWaitingChange)
    }

    func item(_ id: UUID) async throws -> Item {
        guard let row = try await OpportunityModel.query(on: storage.database).filter(\.$id == id).with(\.$provider).first() else {
            throw AppError.notFound("opportunity \(id.uuidString.lowercased())")
        }
        return try item(row)
    }

    /// Publishes the waiting version. Refused when the listing is not waiting, when the
    /// safeguarding rule forbids it, or when a change would move what students now rely on
    /// (places requested or offered while it waited).
    func approve(_ id: UUID, by identity: Identity) async throws {
        try await decide(id, by: identity, action: .listingApprove, reason: nil) { row, db in
            guard row.isWaitingForModerator else {
                throw AppError(
                    .conflict, code: "not_waiting",
                    message: "this listing is \(row.effectiveStatus.label.lowercased()), not waiting for approval")
            }
            let waiting = try row.workingDetails()
            if let blocker = Moderation.approvalBlocker(waiting) { throw AppError.invalid(ValidationFailure([blocker])) }
            let wasChange = row.hasWaitingChange
            if wasChange { try await ListingReliance.check(row, edited: waiting, on: db) }
            try row.approve()
            return wasChange
        } message: { title, wasChange in
            wasChange
                ? ("Your changes are published", "A moderator approved your changes to \"\(title)\". Schools and students see them now.")
                : ("Your listing is published", "A moderator approved \"\(title)\". Schools and students can find it on Wexchange now.")
        }
    }

    /// Sends a waiting listing back, or takes down a published one, with the reason its provider sees.
    func returnToProvider(_ id: UUID, reason rawReason: String?, by identity: Identity) async throws {
        let reason: String
        switch Moderation.returnReason(rawReason) {
        case .success(let value): reason = value
        case .failure(let error): throw AppError.invalid(ValidationFailure([error]))
        }
        try await decide(id, by: identity, action: .listingReturn, reason: reason) { row, _ in
            guard row.effectiveStatus == .submitted || row.effectiveStatus == .published else {
                throw AppError(
                    .conflict, code: "not_waiting",
                    message:
                        "this listing is \(row.effectiveStatus.label.lowercased()); only a waiting or published listing can be returned")
            }
            let wasChange = row.hasWaitingChange
            try row.returnToProvider(reason: reason)
            return wasChange
        } message: { title, wasChange in
            wasChange
                ? (
                    "Your changes need more work",
                    "A moderator returned your changes to \"\(title)\" with this note:\n\n\(reason)\n\nThe published version stays in search meanwhile. Change it and submit it again from your listings page."
                )
                : (
                    "Your listing needs changes",
                    "A moderator returned \"\(title)\" with this note:\n\n\(reason)\n\nChange it and submit it again from your listings page."
                )
        }
    }

    /// Applies a decision (which says whether it was about a change to a published listing),
    /// audits it and tells the provider (its contact address and admins).
    private func decide(
        _ id: UUID, by identity: Identity, action: AuditAction, reason: String?,
        _ change: @escaping @Sendable (OpportunityModel, any Database) async throws -> Bool,
        message: @escaping @Sendable (String, Bool) -> (subject: String, body: String)
    ) async throws {
        let at = now()
        try await catalogue.write { db, revision in
            guard let row = try await OpportunityModel.find(id, on: db) else { throw AppError.notFound("opportunity \(id)") }
            let wasChange = try await change(row, db)
            row.revision = try await revision.next()
            try await row.save(on: db)
            let (subject, body) = message(row.title, wasChange)
            for recipient in try await providerRecipients(row.$provider.id, on: db) {
                try await outbox.send(to: recipient, subject: subject, body: body, on: db)
            }
            try await AuditLog.record(action, id, reason: reason, by: identity, at: at, in: db)
        }
    }

    /// Who hears about a provider's listings: its contact address and its admins.
    private func providerRecipients(_ providerId: UUID, on db: any Database) async throws -> [String] {
        let contact = try await ProviderModel.find(providerId, on: db)?.contactEmail
        let admins = try await MembershipModel.query(on: db).filter(\.$organisation.$id == providerId)
            .filter(\.$role == Role.providerAdmin.rawValue).with(\.$user).all().map(\.user.email)
        var seen = Set<String>()
        return ([contact].compactMap { $0 } + admins).filter { seen.insert($0.lowercased()).inserted }
    }
}
