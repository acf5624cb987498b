import FluentKit
import Foundation
import WexchangeCore

/// Granting and revoking accreditation badges. Each change stamps the provider with a new
/// catalogue revision (so search shows it at once) and writes the audit log in the same
/// transaction.
struct BadgeService: Sendable {
    let catalogue: Catalogue
    let now: @Sendable () -> Date

    var storage: Storage { catalogue.storage }

    struct Row: Sendable {
        let id: UUID
        let providerId: UUID
        let providerName: String
        let name: String
        let grantedBy: String
        let bodyId: UUID?
        let expires: String
        let evidence: String?
        let revokedAt: Date?
        let revokeReason: String?
    }

    static let pageSize = 50

    /// The badges a requester manages (an assessor's body's, or every badge for a national admin),
    /// newest first, a page at a time; `search` matches the provider's or the badge's name.
    func badges(for identity: Identity, search: String? = nil, page: String? = nil) async throws -> (rows: [Row], pagination: Pagination) {
        let query = managed(by: identity, search: search)
        let pagination = Pagination(requested: page, pageSize: Self.pageSize, total: try await query.count())
        let rows = try await query.with(\.$provider).sort(\.$createdAt, .descending).sort(\.$id).range(pagination.rows).all()
        return (try rows.map(Self.row), pagination)
    }

    /// How many badges the requester manages (the start page), counted without reading them.
    func count(for identity: Identity) async throws -> Int {
        try await managed(by: identity, search: nil).count()
    }

    /// The badges a requester manages, matching `search` when there is one.
    private func managed(by identity: Identity, search: String?) -> QueryBuilder<ProviderBadgeModel> {
        let query = ProviderBadgeModel.query(on: storage.database)
            .join(ProviderModel.self, on: \ProviderBadgeModel.$provider.$id == \ProviderModel.$id)
        if identity.role == .assessor { query.filter(\.$bodyId == identity.organisationId) }
        if let search = search?.trimmingCharacters(in: .whitespaces), !search.isEmpty {
            query.filter(TextFilter.contains(search, in: [(ProviderModel.schema, "name"), (ProviderBadgeModel.schema, "name")]))
        }
        return query
    }

    /// One badge, for its revoke confirmation (the route's policy has decided who may see it).
    func badge(_ id: UUID) async throws -> Row {
        guard let badge = try await ProviderBadgeModel.query(on: storage.database).filter(\.$id == id).with(\.$provider).first()
        else { throw AppError.notFound("This badge") }
        return try Self.row(badge)
    }

    private static func row(_ badge: ProviderBadgeModel) throws -> Row {
        Row(
            id: try badge.requireID(), providerId: badge.$provider.id, providerName: badge.provider.name, name: badge.name,
            grantedBy: badge.grantedBy, bodyId: badge.bodyId, expires: badge.expires, evidence: badge.evidence,
            revokedAt: badge.revokedAt, revokeReason: badge.revokeReason)
    }

    /// The provider a grant form names, by id or by (part of) its name; one match or a 400 that
    /// lists what matched.
    func provider(named text: String) async throws -> UUID {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let providers = catalogue.index.providers
        if let id = UUID(uuidString: text), providers[id] != nil { return id }
        guard text.count >= 2 else {
            throw AppError(.badRequest, code: "invalid", message: "type at least two letters of the provider's name", field: "provider")
        }
        // Search's in-memory provider table: case-insensitive on every database.
        let matches = providers.values.filter { $0.name.localizedCaseInsensitiveContains(text) }.sorted { $0.name < $1.name }
        if let exact = matches.first(where: { $0.name.caseInsensitiveCompare(text) == .orderedSame }) { return exact.id }
        guard matches.count == 1, let only = matches.first else {
            let names = matches.prefix(10).map(\.name).joined(separator: "; ")
            throw AppError(
                .badRequest, code: "invalid",
                message: matches.isEmpty
                    ? "no provider's name contains '\(text)'"
                    : "\(matches.count) providers match '\(text)': \(names)\(matches.count > 10 ? "…" : ""); type more of the name",
                field: "provider")
        }
        return only.id
    }

    /// Grants a badge in the name of the requester's body (a national admin grants as Wexchange).
    @discardableResult
    func grant(providerId: UUID, name: String?, expires: String?, evidence: String?, by identity: Identity) async throws -> UUID {
        let grant: BadgeRules.Grant
        switch BadgeRules.grant(name: name, expires: expires, evidence: evidence, today: CalendarDate(now())) {
        case .success(let value): grant = value
        case .failure(let failure): throw AppError.invalid(failure)
        }
        let bodyId = identity.role == .assessor ? identity.organisationId : nil
        let at = now()
        let id = try await catalogue.write { db, revision in
            guard try await ProviderModel.find(providerId, on: db) != nil else {
                throw AppError(.badRequest, code: "invalid", message: "provider \(providerId) does not exist", field: "provider")
            }
            let badge = ProviderBadgeModel(
                providerID: providerId, name: grant.name,
                grantedBy: identity.role == .assessor ? identity.organisationName : "Wexchange",
                expires: grant.expires.description)
            badge.bodyId = bodyId
            badge.evidence = grant.evidence
            try await badge.create(on: db)
            try await Catalogue.touchProvider(providerId, revision: revision, on: db)
            let id = try badge.requireID()
            try await AuditLog.record(.badgeGrant, id, reason: grant.evidence, by: identity, at: at, in: db)
            return id
        }
        return id
    }

    func revoke(_ badgeId: UUID, reason rawReason: String?, by identity: Identity) async throws {
        let reason: String
        switch BadgeRules.revokeReason(rawReason) {
        case .success(let value): reason = value
        case .failure(let error): throw AppError.invalid(ValidationFailure([error]))
        }
        let at = now()
        try await catalogue.write { db, revision in
            guard let badge = try await ProviderBadgeModel.find(badgeId, on: db) else { throw AppError.notFound("badge \(badgeId)") }
            guard badge.revokedAt == nil else {
                throw AppError(.conflict, code: "already_revoked", message: "this badge was already revoked")
            }
            badge.revokedAt = at
            badge.revokeReason = reason
            try await badge.save(on: db)
            try await Catalogue.touchProvider(badge.$provider.id, revision: revision, on: db)
            try await AuditLog.record(.badgeRevoke, badgeId, reason: reason, by: identity, at: at, in: db)
        }
    }

    /// Which body granted a badge, for the policy's `revokeBadge`. 404 when there is no such badge.
    func grantingBody(_ badgeId: UUID) async throws -> UUID? {
        guard let badge = try await ProviderBadgeModel.find(badgeId, on: storage.database) else {
            throw AppError.notFound("badge \(badgeId)")
        }
        return badge.bodyId
    }
}
