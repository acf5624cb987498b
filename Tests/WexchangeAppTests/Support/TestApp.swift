import Foundation
import Synchronization
import Hummingbird
import HummingbirdTesting
import Logging
import FluentKit
import Testing
import NIOCore
@testable import WexchangeApp
import WexchangeCore
import WexchangeGeo

/// The frozen "today" of every app test.
let testNow = Date(timeIntervalSince1970: 1_799_582_400)  // 2027-01-10 12:00 UTC

/// Tests run on a fresh SQLite file, or on PostgreSQL when `WEXCHANGE_TEST_DATABASE_URL` is set
/// (CI): then tests take turns and each starts from an empty schema.
enum TestDatabase {
    static let postgresURL = ProcessInfo.processInfo.environment["WEXCHANGE_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }

    static func makeLocation() -> AppConfiguration.DatabaseLocation {
        if let postgresURL { return .postgres(url: postgresURL) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wexchange-test-\(UUID().uuidString).sqlite").path
        return .sqlite(path: path)
    }
}

/// Serialises tests that share one PostgreSQL database.
actor TestLock {
    static let shared = TestLock()
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if !busy { busy = true; return }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty { busy = false } else { waiters.removeFirst().resume() }
    }
}

struct TestApp: @unchecked Sendable {  // Router is a class set up once before use.
    let services: AppServices
    let routes: RouteTable
    let router: Router<AppRequestContext>

    /// A provider with its API key. Trusted by default, so its listings publish at once (search
    /// tests); moderation tests ask for an untrusted one.
    func makeProvider(_ name: String = "Tyne Engineering Ltd", trusted: Bool = true) async throws -> (id: UUID, key: String) {
        let created = try await ProviderCommands.create(
            name: name, kind: .employer, sizeBand: .medium, sectors: [.engineering], website: nil,
            contactEmail: nil, services: services)
        if trusted {
            let organisation = try #require(try await OrganisationModel.find(created.id, on: services.storage.database))
            organisation.trusted = true
            try await organisation.save(on: services.storage.database)
        }
        return (created.id, created.apiKey)
    }
}

/// Settings a test may change from the defaults.
struct TestSettings {
    var publicURL = "http://127.0.0.1:8080"
    var trustedProxies: Set<String> = []
    var contactEmail: String?
    var showsDesignExamples = false
    /// The app's clock: `testNow` unless a test moves it (to a placement's days, say).
    var clock = TestClock()
}

/// A clock a test can move; every service of the app reads it.
final class TestClock: Sendable {
    private let value = Mutex(testNow)

    var now: Date { value.withLock { $0 } }

    /// Moves to 09:00 UTC on `day` (`YYYY-MM-DD`).
    func set(_ day: String) {
        let date = ISO8601DateFormatter().date(from: "\(day)T09:00:00Z")!
        value.withLock { $0 = date }
    }
}

func makeServices(
    _ location: AppConfiguration.DatabaseLocation, logger custom: Logger? = nil, settings: TestSettings = .init()
) throws -> AppServices {
    var logger = custom ?? Logger(label: "wexchange-test")
    if custom == nil { logger.logLevel = .warning }
    return AppServices(
        storage: try Storage(location, logger: logger), now: { [clock = settings.clock] in clock.now }, logger: logger, passwordCost: 4,
        publicURL: settings.publicURL, trustedProxies: settings.trustedProxies, contactEmail: settings.contactEmail,
        showsDesignExamples: settings.showsDesignExamples)
}

/// Arranges a migrated, empty app; runs `body`; cleans up.
func withApp(logger: Logger? = nil, settings: TestSettings = .init(), _ body: (TestApp) async throws -> Void) async throws {
    let location = TestDatabase.makeLocation()
    if TestDatabase.postgresURL != nil { await TestLock.shared.acquire() }
    let services = try makeServices(location, logger: logger, settings: settings)
    do {
        if TestDatabase.postgresURL != nil { try await services.storage.revertAll() }
        try await services.storage.migrate()
        try await services.catalogue.refresh()
        let (router, routes) = WexchangeApplication.makeRouter(services: services)
        try await body(TestApp(services: services, routes: routes, router: router))
    } catch {
        await finish(services, location)
        throw error
    }
    await finish(services, location)
}

private func finish(_ services: AppServices, _ location: AppConfiguration.DatabaseLocation) async {
    await services.storage.shutdown()
    if case .sqlite(let path) = location {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
    if TestDatabase.postgresURL != nil { await TestLock.shared.release() }
}

extension TestApp {
    /// Runs requests against the router in memory.
    func client(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        // The app's own logger, so request logs (with their request ids) reach a captured log.
        let app = Application(router: router, logger: services.logger)
        try await app.test(.router) { client in try await body(client) }
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    func json() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any] ?? [:]
    }
}

func jsonBody(_ value: some Encodable) throws -> ByteBuffer {
    ByteBuffer(bytes: try JSONEncoder().encode(value))
}

func bearer(_ key: String) -> HTTPFields {
    [.authorization: "Bearer \(key)", .contentType: "application/json"]
}

/// The address the in-memory test client's requests come from: it has no network peer, so the
/// request context names it "unknown".
enum TestPeer {
    static let address = "unknown"
}
