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

    /// - Parameter full: close the provider's feed listings that are absent from `items`.
    func apply(
        providerID: UUID, items: [Item], full: Bool, source: String,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async throws -> Report {
        guard items.count <= Self.maxItems else {
            throw AppError(
                .contentTooLarge, code: "feed_too_large",
                message: "a feed holds at most \(Self.maxItems) items; this one has \(items.count)", field: "items")
        }
        let validated = try validate(items)
        return try await writer.catalogue.write { db, revision in
            var report = Report()
            let existingRows = try await OpportunityModel.query(on: db).filter(\.$provider.$id == providerID)
                .filter(\.$externalId != nil).all()
            let trusted = try await ProviderTrust.isTrusted(providerID, today: CalendarDate(writer.now()), on: db)
            var existing = Dictionary(existingRows.map { ($0.externalId!, $0) }, uniquingKeysWith: { first, _ in first })
            // What the feed's listings hold now, read once: for the date check and to skip the unchanged.
            var stored: [String: OpportunityDetails] = [:]
            for details in validated { if let row = existing[details.externalId!] { stored[details.externalId!] = try row.details() } }
            try checkDates(validated, items: items, stored: stored)
            // New rows are inserted a hundred at a time (one statement each), and progress is
            // reported as each hundred is written.
            var pending: [OpportunityModel] = []
            for (position, details) in validated.enumerated() {
                let externalId = details.externalId!
                if let row = existing.removeValue(forKey: externalId) {
                    if stored[externalId] == details { report.unchanged += 1; continue }
                    try row.record(details, trusted: trusted, now: writer.now())
                    row.revision = try await revision.next()
                    try await row.save(on: db)
                    report.updated += 1
                } else {
                    let row = try OpportunityModel(
                        providerID: providerID, source: source, details: details, trusted: trusted, now: writer.now())
                    row.revision = try await revision.next()
                    pending.append(row)
                    report.created += 1
                }
                if (position + 1) % Self.batchSize == 0 || position == validated.count - 1 {
                    if !pending.isEmpty { try await pending.create(on: db) }
                    pending.removeAll(keepingCapacity: true)
                    progress?(position + 1, validated.count)
                }
            }
            if full {
                for row in existing.values where row.source.hasPrefix("feed:") || row.source == "csv" {
                    let open: [OpportunityStatus] = [.draft, .submitted, .returned, .published]
                    guard open.contains(row.effectiveStatus) else { continue }
                    var details = try row.details()
                    details.status = .closed
                    try row.record(details, trusted: trusted, now: writer.now())
                    row.revision = try await revision.next()
                    try await row.save(on: db)
                    report.closed += 1
                }
            }
            return report
        }
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
