import FluentKit
import Foundation
import Logging
import SQLKit
import Synchronization
import WexchangeCore
import WexchangeSearch

/// The in-memory catalogue index of one app instance, kept in step with the database.
///
/// Every catalogue write increments the shared `catalogue_revision` inside its transaction and
/// stamps the rows it touched with the new revision. `refresh()` loads what changed since the
/// revision this instance last saw. Writers call it right after committing (so an instance
/// reads its own writes at once); a background poll calls it every few seconds so changes made
/// by other instances sharing the same PostgreSQL database arrive too.
public final class Catalogue: Sendable {
    private struct State {
        var index = CatalogueIndex()
        var revision: Int64 = -1
        /// When this instance last found its catalogue up to date (for `/metrics`).
        var checkedAt = Date.distantPast
    }

    private let state = Mutex(State())
    private let refreshing = SerialGate()
    private let writers = SerialGate()
    let storage: Storage
    let logger: Logger

    init(storage: Storage, logger: Logger) {
        self.storage = storage
        self.logger = logger
    }

    /// The current snapshot: searching it takes no lock.
    public var index: CatalogueIndex { state.withLock { $0.index } }
    public var revision: Int64 { state.withLock { $0.revision } }
    /// Seconds since the catalogue was last known to be up to date.
    var secondsSinceRefresh: Double { Date().timeIntervalSince(state.withLock { $0.checkedAt }) }

    /// Applies every change committed since the last refresh. Concurrent callers wait for one
    /// another, so changes are applied once and in order.
    public func refresh() async throws {
        try await refreshing.run { try await self.loadChanges() }
    }

    private func loadChanges() async throws {
        let db = storage.database
        let sql = db as! any SQLDatabase
        let seen = revision
        guard
            let latest = try await sql.raw("SELECT revision FROM catalogue_revision WHERE id = 1")
                .first(decodingColumn: "revision", as: Int64.self), latest > seen
        else {
            state.withLock { $0.checkedAt = Date() }
            return
        }

        let clock = ContinuousClock()
        let started = clock.now
        let loader = CatalogueLoader(db: db)
        var timings = CatalogueLoader.Timings()
        var changes = CatalogueIndex.Changes(providers: try await loader.providers(after: seen))
        let providers = index.providers.merging(changes.providers.map { ($0.id, $0) }) { _, new in new }
        (changes.tokenised, changes.removals) = try await loader.listings(
            after: seen, upTo: latest, providers: providers, timings: &timings)
        let indexing = clock.now
        let next = index.applying(changes)
        state.withLock { $0 = State(index: next, revision: latest, checkedAt: Date()) }
        let finished = clock.now
        // The first load (start-up) says how long each step took; later ones are routine.
        logger.log(
            level: seen < 0 ? .info : .debug, "catalogue refreshed",
            metadata: [
                "revision": "\(latest)", "upserts": "\(changes.upsertCount)", "removals": "\(changes.removals.count)",
                "listings": "\(next.count)", "read_s": "\(timings.read.seconds)", "decode_s": "\(timings.decode.seconds)",
                "index_s": "\((finished - indexing).seconds)", "total_s": "\((finished - started).seconds)",
            ])
    }

    /// Every catalogue write: one transaction in which `revision.next()` takes the next catalogue
    /// revision to stamp the rows it changes, then this instance's refresh (so it reads its own
    /// write at once). Catalogue writers take turns in each instance before they take a database
    /// connection: they queue on the revision row anyway (which keeps commits in revision order),
    /// and waiting there while holding a connection would starve every other request of one.
    func write<T: Sendable>(_ body: @escaping @Sendable (any Database, Revision) async throws -> T) async throws -> T {
        let result = try await writers.run { try await self.storage.transaction { db in try await body(db, Revision(db)) } }
        try await refresh()
        return result
    }

    /// The revision a catalogue write stamps its rows with: taken on first use (a feed that
    /// changes nothing takes none), then the same for the rest of the transaction.
    final class Revision: @unchecked Sendable {  // Used by one transaction's body only.
        private let db: any Database
        private var taken: Int64?

        init(_ db: any Database) { self.db = db }

        func next() async throws -> Int64 {
            if let taken { return taken }
            let revision = try await Catalogue.nextRevision(on: db)
            taken = revision
            return revision
        }
    }

    /// Marks a provider changed (badges, rating), so every instance reloads it into search.
    static func touchProvider(_ providerId: UUID, revision: Revision, on db: any Database) async throws {
        guard let provider = try await ProviderModel.find(providerId, on: db) else { return }
        provider.revision = try await revision.next()
        try await provider.save(on: db)
    }

    /// Takes the next catalogue revision inside a write transaction (see the type's comment).
    private static func nextRevision(on db: any Database) async throws -> Int64 {
        let sql = db as! any SQLDatabase
        guard
            let revision = try await sql.raw("UPDATE catalogue_revision SET revision = revision + 1 WHERE id = 1 RETURNING revision")
                .first(decodingColumn: "revision", as: Int64.self)
        else {
            throw AppError(.internalServerError, code: "no_revision", message: "the catalogue revision row is missing; run migrate")
        }
        return revision
    }
}
