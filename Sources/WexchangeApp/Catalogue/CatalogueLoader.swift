import FluentKit
import Foundation
import SQLKit
import Synchronization
import WexchangeCore
import WexchangeSearch

/// Reads what changed in the catalogue since a revision: plain rows through SQLKit (Fluent models
/// cost too much for 100,000 listings at start-up), the listings' stored details decoded on every
/// core at once.
struct CatalogueLoader: Sendable {
    let db: any Database
    /// Rows are decoded in pages of this many, each while the rest are still being read.
    var pageSize = 5_000

    struct Timings: Sendable {
        /// Reading the rows (the first pages decode meanwhile).
        var read: Duration = .zero
        /// Decoding what was left when the reading ended.
        var decode: Duration = .zero
    }

    private struct ListingRow: Sendable {
        let id: UUID
        let provider_id: UUID
        let status: String
        let details: String
        let places_taken: Int
        let created_at: Date?
        let updated_at: Date?

        /// Column by column: a tenth of the cost of `decode(model:)`'s keyed decoder.
        init(_ row: any SQLRow) throws {
            id = try row.decode(column: "id", as: UUID.self)
            provider_id = try row.decode(column: "provider_id", as: UUID.self)
            status = try row.decode(column: "status", as: String.self)
            details = try row.decode(column: "details", as: String.self)
            places_taken = try row.decode(column: "places_taken", as: Int.self)
            created_at = try row.decodeNil(column: "created_at") ? nil : row.decode(column: "created_at", as: Date.self)
            updated_at = try row.decodeNil(column: "updated_at") ? nil : row.decode(column: "updated_at", as: Date.self)
        }
    }

    private struct ProviderRow: Decodable {
        let id: UUID
        let name: String
        let revision: Int64
    }

    private struct BadgeRow: Decodable {
        let provider_id: UUID
        let name: String
        let granted_by: String
        let expires: String
    }

    /// Providers stamped after `seen`, with their current badges and ratings.
    func providers(after seen: Int64) async throws -> [CatalogueProvider] {
        let sql = db as! any SQLDatabase
        let providers = try await sql.select().columns("id", "name", "revision").from(ProviderModel.schema)
            .where("revision", .greaterThan, SQLBind(seen)).all(decoding: ProviderRow.self)
        guard !providers.isEmpty else { return [] }
        let ids = Set(providers.map(\.id))
        var badges = sql.select().columns("provider_id", "name", "granted_by", "expires").from(ProviderBadgeModel.schema)
            .where("revoked_at", .is, SQLLiteral.null)
        if seen >= 0 { badges = badges.where("provider_id", .in, SQLBind.group(Array(ids))) }
        let byProvider = Dictionary(
            grouping: try await badges.all(decoding: BadgeRow.self).filter { ids.contains($0.provider_id) }, by: \.provider_id)
        let ratings = try await ReviewService.ratings(of: seen < 0 ? nil : Array(ids), on: db)
        return providers.map { provider in
            CatalogueProvider(
                id: provider.id, name: provider.name,
                badges: (byProvider[provider.id] ?? []).compactMap { badge in
                    CalendarDate(iso: badge.expires).map { .init(name: badge.name, grantedBy: badge.granted_by, expires: $0) }
                }, rating: ratings[provider.id], revision: provider.revision)
        }
    }

    /// Listings stamped after `seen` up to `latest`: upserts for published ones, already split
    /// into words against `providers`, and removals for the rest. The first load (`seen < 0`)
    /// reads only published ones. Rows stream in from the database; every `pageSize` of them are
    /// decoded and tokenised while the rest are still being read.
    func listings(
        after seen: Int64, upTo latest: Int64, providers: [UUID: CatalogueProvider],
        timings: inout Timings
    ) async throws -> (tokenised: [TokenisedListings], removals: [UUID]) {
        let clock = ContinuousClock()
        let started = clock.now
        let sql = db as! any SQLDatabase
        var query = sql.select().columns("id", "provider_id", "status", "details", "places_taken", "created_at", "updated_at")
            .from(OpportunityModel.schema)
            .where("revision", .greaterThan, SQLBind(seen)).where("revision", .lessThanOrEqual, SQLBind(latest))
        if seen < 0 { query = query.where("status", .equal, SQLBind(OpportunityStatus.published.rawValue)) }
        // The callback runs on the database's thread, so it only collects rows; decoding them
        // (columns, then the stored details) happens on every core, a page at a time.
        struct Pages: Sendable {
            var current: [any SQLRow] = []
            var decoding: [Task<[Decoded], any Error>] = []
        }
        let pages = Mutex(Pages())
        let pageSize = self.pageSize
        try await query.run { row in
            pages.withLock { pages in
                pages.current.append(row)
                if pages.current.count == pageSize {
                    let page = pages.current
                    pages.current = []
                    pages.decoding.append(Task { try await Self.decodeInParallel(page, providers: providers) })
                }
            }
        }
        let (decoding, last) = pages.withLock { ($0.decoding, $0.current) }
        timings.read += clock.now - started
        var tokenised: [TokenisedListings] = [], removals: [UUID] = []
        for page in decoding + [Task { try await Self.decodeInParallel(last, providers: providers) }] {
            for part in try await page.value {
                if part.upserts.count > 0 { tokenised.append(part.upserts) }
                removals += part.removals
            }
        }
        timings.decode += clock.now - started - timings.read
        return (tokenised, removals)
    }

    private struct Decoded: Sendable {
        var upserts: TokenisedListings
        var removals: [UUID]
    }

    /// Decodes and tokenises `rows` in as many chunks as there are cores.
    private static func decodeInParallel(_ rows: [any SQLRow], providers: [UUID: CatalogueProvider]) async throws -> [Decoded] {
        let epoch = Date(timeIntervalSince1970: 0)
        func decode(_ slice: ArraySlice<any SQLRow>) throws -> Decoded {
            var upserts: [CatalogueEntry] = [], removals: [UUID] = []
            upserts.reserveCapacity(slice.count)
            for sqlRow in slice {
                let row = try ListingRow(sqlRow)
                guard row.status == OpportunityStatus.published.rawValue else {
                    removals.append(row.id)
                    continue
                }
                upserts.append(
                    CatalogueEntry(
                        id: row.id, providerId: row.provider_id, details: try OpportunityDetails(storedJSON: row.details),
                        placesTaken: row.places_taken, createdAt: row.created_at ?? epoch, updatedAt: row.updated_at ?? epoch))
            }
            return Decoded(upserts: TokenisedListings(upserts, providers: providers), removals: removals)
        }
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount, rows.count / 2_000))
        guard chunks > 1 else { return [try decode(rows[...])] }
        let size = (rows.count + chunks - 1) / chunks
        return try await withThrowingTaskGroup(of: (Int, Decoded).self) { group in
            for chunk in 0..<chunks {
                let slice = rows[(chunk * size)..<min(rows.count, (chunk + 1) * size)]
                group.addTask { (chunk, try decode(slice)) }
            }
            var parts: [Decoded?] = Array(repeating: nil, count: chunks)
            for try await (chunk, part) in group { parts[chunk] = part }
            return parts.compactMap { $0 }
        }
    }
}

extension Duration {
    /// Seconds, to the millisecond, for log lines.
    var seconds: String { String(format: "%.3f", Double(components.seconds) + Double(components.attoseconds) / 1e18) }
}
