import FluentKit
import Foundation
import WexchangeCore
import WexchangeGeo

/// A provider's whole feed (API or CSV) applied as one idempotent upsert keyed by external id.
/// Everything is validated before anything is written; one bad item rejects the whole feed.
struct FeedImportService: Sendable {
    static let maxItems = 5_000
    static let batchSize = 100

    struct Item: Sendable {
        let input: OpportunityInput
        /// Where the item came from, for error messages: its index in the feed, or its CSV line.
        let index: Int
        let line: Int?
    }

    struct Report: Codable, Sendable, Equatable {
        var created = 0
        var updated = 0
        var unchanged = 0
        var closed = 0
    }

    let writer: ListingService

    /// What a feed would do, worked out against what is stored before anything is written: the
    /// listings it adds, changes (with what changed), leaves as they are, and closes.
    struct Plan: Sendable {
        var creates: [OpportunityDetails] = []
        var updates: [(row: OpportunityModel, details: OpportunityDetails, changes: [Moderation.Change])] = []
        var unchanged = 0
        var closes: [OpportunityModel] = []

        var report: Report { Report(created: creates.count, updated: updates.count, unchanged: unchanged, closed: closes.count) }
    }

    /// The plan for `items` without writing anything (the upload page's preview); throws every
    /// problem of every item, as `apply` would.
    func preview(providerID: UUID, items: [Item], full: Bool) async throws -> Plan {
        try Self.checkSize(items)
        return try await plan(providerID: providerID, validated: try validate(items), items: items, full: full, on: writer.storage.database)
    }

    /// - Parameter full: close the provider's feed listings that are absent from `items`.
    func apply(
        providerID: UUID, items: [Item], full: Bool, source: String,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async throws -> Report {
        try Self.checkSize(items)
        let validated = try validate(items)
        return try await writer.catalogue.write { db, revision in
            let plan = try await plan(providerID: providerID, validated: validated, items: items, full: full, on: db)
            let trusted = try await ProviderTrust.isTrusted(providerID, today: CalendarDate(writer.now()), on: db)
            let total = plan.creates.count + plan.updates.count
            var done = 0
            for (row, details, _) in plan.updates {
                try row.record(details, trusted: trusted, now: writer.now())
                row.revision = try await revision.next()
                try await row.save(on: db)
                done += 1
                if done % Self.batchSize == 0 || done == total { progress?(done, total) }
            }
            // New rows are inserted a hundred at a time (one statement each), and progress is
            // reported as each hundred is written.
            for batch in stride(from: 0, to: plan.creates.count, by: Self.batchSize) {
                var rows: [OpportunityModel] = []
                for details in plan.creates[batch..<min(plan.creates.count, batch + Self.batchSize)] {
                    let row = try OpportunityModel(
                        providerID: providerID, source: source, details: details, trusted: trusted, now: writer.now())
                    row.revision = try await revision.next()
                    rows.append(row)
                }
                try await rows.create(on: db)
                done += rows.count
                progress?(done, total)
            }
            for row in plan.closes {
                var details = try row.details()
                details.status = .closed
                try row.record(details, trusted: trusted, now: writer.now())
                row.revision = try await revision.next()
                try await row.save(on: db)
            }
            return plan.report
        }
    }

    private static func checkSize(_ items: [Item]) throws {
        guard items.count <= Self.maxItems else {
            throw AppError(
                .contentTooLarge, code: "feed_too_large",
                message: "a feed holds at most \(Self.maxItems) items; this one has \(items.count)", field: "items")
        }
    }

    /// Matches each validated item to the provider's listing with its external id, checks what
    /// only stored listings can refuse (dates already over, what students rely on), and sorts the
    /// items into new, changed and unchanged; with `full`, the feed listings it leaves out close.
    private func plan(
        providerID: UUID, validated: [OpportunityDetails], items: [Item], full: Bool, on db: any Database
    ) async throws -> Plan {
        let existingRows = try await OpportunityModel.query(on: db).filter(\.$provider.$id == providerID)
            .filter(\.$externalId != nil).all()
        var existing = Dictionary(existingRows.map { ($0.externalId!, $0) }, uniquingKeysWith: { first, _ in first })
        // What the feed's listings hold now (a change waiting beside a published one, if any),
        // read once: for the date check and to skip the unchanged.
        var stored: [String: OpportunityDetails] = [:]
        for details in validated {
            if let row = existing[details.externalId!] { stored[details.externalId!] = try row.workingDetails() }
        }
        try checkDates(validated, items: items, stored: stored)
        try await checkReliance(validated, items: items, existing: existing, on: db)
        var plan = Plan()
        for details in validated {
            let externalId = details.externalId!
            if let row = existing.removeValue(forKey: externalId) {
                let before = stored[externalId]!
                if before == details {
                    plan.unchanged += 1
                } else {
                    plan.updates.append((row, details, Moderation.changes(from: before, to: details)))
                }
            } else {
                plan.creates.append(details)
            }
        }
        if full {
            let open: [OpportunityStatus] = [.draft, .submitted, .returned, .published]
            plan.closes = existing.values.filter { row in
                (row.source.hasPrefix("feed:") || row.source == "csv") && open.contains(row.effectiveStatus)
            }.sorted { $0.title < $1.title }
        }
        return plan
    }

    /// Dates already over, against what each item's listing has now (see
    /// `OpportunityRules.datesInThePast`); all reported at once, before anything is written.
    private func checkDates(_ validated: [OpportunityDetails], items: [Item], stored: [String: OpportunityDetails]) throws {
        let today = CalendarDate(writer.now())
        var problems: [AppError.Detail] = []
        for (item, details) in zip(items, validated) {
            problems += OpportunityRules.datesInThePast(details, today: today, stored: stored[details.externalId ?? ""]).map {
                .init(index: item.index, line: item.line, externalId: details.externalId, field: $0.field, message: $0.message)
            }
        }
        guard problems.isEmpty else { throw Self.invalidFeed(problems, of: items.count) }
    }

    /// Changes to what students already rely on (dates, place, years, fewer places than are
    /// promised; see `ListingReliance`), all reported at once, before anything is written.
    private func checkReliance(
        _ validated: [OpportunityDetails], items: [Item], existing: [String: OpportunityModel], on db: any Database
    ) async throws {
        let edits = zip(items, validated).compactMap { item, details in existing[details.externalId!].map { (item, $0, details) } }
        let refused = try await ListingReliance.problems(edits.map { ($0.1, $0.2) }, on: db)
        guard !refused.isEmpty else { return }
        let problems: [AppError.Detail] = refused.flatMap { position, errors in
            let (item, row, _) = edits[position]
            return errors.map {
                AppError.Detail(index: item.index, line: item.line, externalId: row.externalId, field: $0.field, message: $0.message)
            }
        }
        throw Self.invalidFeed(problems, of: items.count)
    }

    /// One bad item rejects the whole feed, with every problem of every item.
    private static func invalidFeed(_ problems: [AppError.Detail], of total: Int) -> AppError {
        let count = Set(problems.map(\.index)).count
        return AppError(
            .unprocessableContent, code: "invalid_feed",
            message: "\(count) of \(total) items are invalid; nothing was written", details: problems)
    }

    private func validate(_ items: [Item]) throws -> [OpportunityDetails] {
        var problems: [AppError.Detail] = []
        var valid: [OpportunityDetails] = []
        var seen: [String: Item] = [:]
        for item in items {
            let externalId = item.input.externalId?.trimmingCharacters(in: .whitespaces) ?? ""
            func problem(_ field: String, _ message: String) {
                problems.append(
                    .init(
                        index: item.index, line: item.line, externalId: externalId.isEmpty ? nil : externalId,
                        field: field, message: message))
            }
            if externalId.isEmpty {
                problem(
                    "external_id",
                    item.line == nil ? "is required for every feed item" : "is required on every row: give each row your own reference")
            }
            if let first = seen[externalId], !externalId.isEmpty {
                problem(
                    "external_id",
                    "'\(externalId)' appears twice (first \(first.line.map { "on line \($0)" } ?? "at items[\(first.index)]"))")
            }
            seen[externalId] = seen[externalId] ?? item
            switch OpportunityRules.validate(item.input, gazetteer: writer.gazetteer) {
            case .success(let details): valid.append(details)
            case .failure(let failure): for error in failure.errors { problem(error.field, error.message) }
            }
        }
        guard problems.isEmpty else { throw Self.invalidFeed(problems, of: items.count) }
        return valid
    }
}
