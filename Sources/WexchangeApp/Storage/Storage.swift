import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import SQLKit

/// FluentKit without Vapor: the `Databases` registry on the shared thread pool and event loops,
/// the migrations, and a service that shuts the drivers down with the app.
public struct Storage: Sendable {
    public let databases: Databases
    public let location: AppConfiguration.DatabaseLocation
    public let logger: Logger
    /// SQLite writers take turns through this (see `transaction`).
    let writeGate = SerialGate()

    public var database: any Database { databases.database(logger: logger, on: databases.eventLoopGroup.any())! }

    public init(_ location: AppConfiguration.DatabaseLocation, logger: Logger) throws {
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        // Queries never reach the log: their bound values include password and token hashes.
        // FluentKit logs every query at debug and the drivers their SQL at trace (connections
        // keep the logger they were opened with), so storage logs at info or above only.
        switch location {
        case .sqlite(let path):
            databases.use(.sqlite(.file(path), maxConnectionsPerEventLoop: 1, sqlLogLevel: nil), as: .sqlite)
        case .sqliteInMemory:
            // One connection, so every query sees the same in-memory database.
            databases.use(.sqlite(.memory, maxConnectionsPerEventLoop: 1, sqlLogLevel: nil), as: .sqlite)
        case .postgres(let url):
            databases.use(try .postgres(url: url, maxConnectionsPerEventLoop: 4, sqlLogLevel: .trace), as: .psql)
        }
        self.databases = databases
        self.location = location
        var logger = logger
        if logger.logLevel < .info { logger.logLevel = .info }
        self.logger = logger
    }

    public static let migrations: [any Migration] = [
        CreateProviders(),
        CreateProviderBadges(),
        CreateOpportunities(),
        CreateCatalogueRevision(),
        CreateOrganisations(),
        CreateUsers(),
        CreateMemberships(),
        CreateCredentials(),
        CreateOutboxAndAuditLog(),
        AddOpportunityModeration(),
        AddBadgeManagement(),
        CreateReviews(),
        AddCredentialToAuditLog(),
        CreatePasswordResetRequests(),
        AddRoleInvitationsToOneTimeTokens(),
        MoveHubLocalAuthoritiesToHubAreas(),
        CreateStudents(),
        CreateJourneyEntries(),
        AddJourneyReflections(),
        AddStudentPseudonymisation(),
        CreateRounds(),
        CreateOfferAnswers(),
        AddRoundRunReport(),
        CreatePlaceRequests(),
        AddRoundClearings(),
        AddOfferReminders(),
        AddPlacementRecords(),
        CreateCalendarLinks(),
        AddPendingListingEdits(),
        AddReviewParticipation(),
        CreateListingImports(),
    ]

    /// Runs every pending migration; returns how many ran.
    @discardableResult
    public func migrate() async throws -> Int {
        let migrations = Migrations()
        migrations.add(Self.migrations)
        // FluentKit logs every migration step at info; the commands say how many ran.
        var quiet = logger
        quiet.logLevel = max(logger.logLevel, .notice)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: quiet, on: databases.eventLoopGroup.any())
        try await useWriteAheadLog()
        try await migrator.setupIfNeeded().get()
        let before = try await migrator.previewPrepareBatch().get().count
        try await migrator.prepareBatch().get()
        return before
    }

    /// SQLite: the write-ahead log, so readers never wait for a writer and a killed process
    /// leaves every committed transaction and nothing else (it is a property of the file, kept
    /// once set); `synchronous = NORMAL` is safe under WAL and much faster than FULL.
    func useWriteAheadLog() async throws {
        guard case .sqlite = location else { return }
        let sql = database as! any SQLDatabase
        try await sql.raw("PRAGMA journal_mode = WAL").run()
        try await sql.raw("PRAGMA synchronous = NORMAL").run()
    }

    /// Reverts every migration (tests use it to start clean on a shared PostgreSQL database).
    public func revertAll() async throws {
        let migrations = Migrations()
        migrations.add(Self.migrations)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: databases.eventLoopGroup.any())
        try await migrator.setupIfNeeded().get()
        try await migrator.revertAllBatches().get()
    }

    public func shutdown() async {
        await databases.shutdownAsync()
    }
}
