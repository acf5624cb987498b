import FluentKit
import Foundation
import WexchangeCore

/// Private calendar links: a student's own placements, or the placements a provider hosts, as an
/// iCalendar feed at an unguessable address. Only the key's hash is stored, so the address is
/// shown once, when made; making a new one, or stopping it, ends the old one at once.
struct CalendarLinks: Sendable {
    let storage: Storage
    let publicURL: String
    let now: @Sendable () -> Date

    /// Whose placements the signed-in person's link shows: their own as a student, their
    /// organisation's as a provider's people.
    func owner(of identity: Identity) async throws -> (CalendarLinkModel.Owner, UUID) {
        if identity.role == .student {
            guard let record = try await StudentModel.query(on: storage.database).filter(\.$userId == identity.userId).first() else {
                throw AppError.notFound("Your student record")
            }
            return (.student, try record.requireID())
        }
        return (.provider, identity.organisationId)
    }

    /// Whether the person's link works now, and when it was made.
    func current(for identity: Identity) async throws -> Date? {
        let (kind, id) = try await owner(of: identity)
        return try await CalendarLinkModel.query(on: storage.database).filter(\.$ownerKind == kind.rawValue).filter(\.$ownerId == id)
            .filter(\.$revokedAt == nil).sort(\.$madeAt, .descending).first()?.madeAt
    }

    /// Makes a new link (stopping any before it); returns its address, shown this once.
    func make(by identity: Identity) async throws -> String {
        let (kind, id) = try await owner(of: identity)
        let key = Secret.generate(.calendar)
        let at = now()
        try await storage.transaction { db in
            try await Self.revoke(kind, id, at: at, on: db)
            try await CalendarLinkModel(owner: kind, ownerId: id, keyHash: Secret.hash(key), madeBy: identity.userId, at: at).create(on: db)
            try await AuditLog.record(.calendarLink, identity.userId, reason: kind.rawValue, by: identity, at: at, in: db)
        }
        return publicURL + CalendarRoutes.feed.link(key + ".ics")
    }

    /// Stops the person's link; returns whether there was one.
    @discardableResult
    func stop(by identity: Identity) async throws -> Bool {
        let (kind, id) = try await owner(of: identity)
        let at = now()
        return try await storage.transaction { db in
            let stopped = try await Self.revoke(kind, id, at: at, on: db)
            if stopped > 0 {
                try await AuditLog.record(.calendarStop, identity.userId, reason: kind.rawValue, by: identity, at: at, in: db)
            }
            return stopped > 0
        }
    }

    /// The feed behind a key (with or without `.ics`), or nil for a key that is not a working link.
    func feed(key path: String) async throws -> String? {
        let key = path.hasSuffix(".ics") ? String(path.dropLast(4)) : path
        guard Secret.isPlausible(key, .calendar) else { return nil }
        let db = storage.database
        guard
            let link = try await CalendarLinkModel.query(on: db).filter(\.$keyHash == Secret.hash(key)).filter(\.$revokedAt == nil).first(),
            let owner = link.owner
        else { return nil }
        switch owner {
        case .student:
            let name = try await StudentModel.find(link.ownerId, on: db).map { "\($0.forename)'s work experience" } ?? "Work experience"
            return ICalendar.document(name: name, events: try await studentEvents(link.ownerId, on: db), stamp: now())
        case .provider:
            let name = try await OrganisationModel.find(link.ownerId, on: db).map { "\($0.name): placements" } ?? "Placements"
            return ICalendar.document(name: name, events: try await providerEvents(link.ownerId, on: db), stamp: now())
        }
    }

    @discardableResult
    private static func revoke(_ kind: CalendarLinkModel.Owner, _ id: UUID, at: Date, on db: any Database) async throws -> Int {
        let working = try await CalendarLinkModel.query(on: db).filter(\.$ownerKind == kind.rawValue).filter(\.$ownerId == id)
            .filter(\.$revokedAt == nil).all()
        for link in working {
            link.revokedAt = at
            try await link.update(on: db)
        }
        return working.count
    }

    private static let placed = [OfferState.confirmed.rawValue, OfferState.completed.rawValue]

    /// The student's confirmed and finished placements: where, when, and what to bring.
    private func studentEvents(_ studentId: UUID, on db: any Database) async throws -> [ICalendar.Event] {
        let offers = try await OfferModel.query(on: db).filter(\.$student.$id == studentId).filter(\.$state ~~ Self.placed)
            .with(\.$opportunity).sort(\.$createdAt).sort(\.$id).all()
        var events: [ICalendar.Event] = []
        for offer in offers {
            let details = try offer.opportunity.details()
            let provider = try await OfferService.providerName(offer, on: db)
            let notes = [
                "With \(provider).", details.dailyTimes.map { "Times: \($0)." }, details.whatToBring.map { "Bring: \($0)." },
            ].compactMap { $0 }.joined(separator: "\n")
            for (index, range) in Self.ranges(details, offer).enumerated() {
                events.append(
                    ICalendar.Event(
                        uid: "\(try offer.requireID().uuidString.lowercased())-\(index)@wexchange", start: range.start, end: range.end,
                        summary: "Work experience: \(details.title)", location: Self.place(details), description: notes,
                        url: publicURL + OfferRoutes.offer.link(try offer.requireID())))
            }
        }
        return events
    }

    /// The provider's placements by listing and dates, with how many students come and no names:
    /// a calendar is shared and synced more widely than the placements page.
    private func providerEvents(_ providerId: UUID, on db: any Database) async throws -> [ICalendar.Event] {
        let offers = try await OfferModel.query(on: db).filter(\.$state ~~ Self.placed)
            .join(OpportunityModel.self, on: \OfferModel.$opportunity.$id == \OpportunityModel.$id)
            .filter(OpportunityModel.self, \.$provider.$id == providerId).with(\.$opportunity).all()
        var students: [String: (details: OpportunityDetails, opportunity: UUID, range: DateRange, count: Int)] = [:]
        for offer in offers {
            let details = try offer.opportunity.details()
            for range in Self.ranges(details, offer) {
                let key = "\(offer.$opportunity.id.uuidString.lowercased())-\(range.start)"
                students[key, default: (details, offer.$opportunity.id, range, 0)].count += 1
            }
        }
        return students.sorted { ($0.value.range.start, $0.key) < ($1.value.range.start, $1.key) }.map { key, value in
            ICalendar.Event(
                uid: "\(key)@wexchange", start: value.range.start, end: value.range.end,
                summary: "Hosting \(value.count) student\(value.count == 1 ? "" : "s"): \(value.details.title)",
                location: Self.place(value.details),
                description: "Who is coming and what they need: \(publicURL)\(OfferRoutes.placements.link)",
                url: publicURL + OfferRoutes.placements.link)
        }
    }

    /// The dates a placement runs: a fixed listing's sessions; for a flexible one, the week the
    /// provider marked (or its first), since the offer does not say which week was agreed.
    private static func ranges(_ details: OpportunityDetails, _ offer: OfferModel) -> [DateRange] {
        guard case .flexible = details.schedule else { return details.schedule.hostingRanges }
        let days = PlacementRules.journeyDays(of: details.schedule, record: offer.placementRecord, listedDays: details.days)
        guard let first = days.first, let last = days.last else { return [] }
        return [DateRange(start: first, end: last)]
    }

    private static func place(_ details: OpportunityDetails) -> String {
        details.location.map { "\($0.address), \($0.postcode)" } ?? "Online"
    }
}
