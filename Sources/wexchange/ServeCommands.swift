import ArgumentParser
import Foundation
import WexchangeApp

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run pending migrations, then serve the web app and API.")
    @OptionGroup var settings: SettingsOptions
    @Flag(help: "Seed the demo catalogue first if the database is empty.") var demo = false

    func run() async throws {
        // The address is checked before anything touches the database.
        try await settings.configuration().checkListenAddress()
        try await settings.run(demo: demo, migrate: false, failure: "Wexchange could not start") { configuration, services in
            say("Database: \(configuration.database)")
            // The postcode table loads on a thread of its own while the database is migrated and
            // seeded, so the first search near a postcode does not wait for it.
            let gazetteer = services.gazetteer
            Thread.detachNewThread { gazetteer.warmUp() }
            let ran = try await services.storage.migrate()
            if ran > 0 { say("Ran \(ran) migration(s).") }
            if demo {
                let summary = try await DemoCatalogue().seedIfEmpty(services, progress: say)
                say(
                    summary.skipped
                        ? "Demo data: the database already has data; nothing seeded."
                        : "Demo data: \(summary.providers) providers, \(summary.opportunities) opportunities.")
                try await seedDemoAccounts(services)
            }
            // The closure outlives this one's parameters' scope as the compiler sees it: it captures
            // plain copies (capturing `configuration` itself crashed the release build once it ran).
            let catalogue = services.catalogue, address = "http://\(configuration.host):\(configuration.port)/"
            let app = try await WexchangeApplication.build(configuration: configuration, services: services) {
                say("Wexchange is serving \(catalogue.index.count) published opportunities at \(address)")
            }
            try await app.runService()
        }
    }
}

/// Seeds one demo user per role (when there are no users yet) and prints how to sign in with
/// the demo accounts that exist (never passwords for accounts that do not).
func seedDemoAccounts(_ services: AppServices) async throws {
    let created = try await DemoAccounts().seedIfEmpty(services)
    let shown = created.isEmpty ? try await DemoAccounts().existingLogins(services) : created
    guard !shown.isEmpty else {
        say("This database already had people in it, so no demo accounts were made; create users with `wexchange user create`.")
        return
    }
    say(
        created.isEmpty
            ? "Demo accounts already exist; unless their passwords were changed, sign in with:" : "Demo accounts (one per role):")
    for login in shown {
        say("  \(login.role.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)) \(login.email)  password: \(login.password)")
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run pending database migrations.")
    @OptionGroup var settings: SettingsOptions

    func run() async throws {
        try await settings.run(migrate: false, failure: "Migrations did not run") { configuration, services in
            let ran = try await services.storage.migrate()
            say("\(configuration.database): \(ran) migration(s) run.")
        }
    }
}

struct SeedDemo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "seed-demo", abstract: "Seed the demo catalogue into an empty database.")
    @OptionGroup var settings: SettingsOptions
    @Option(help: "Random seed: the same seed gives the same catalogue.") var seed: UInt64 = 2026
    @Option(help: "Number of providers.") var providers = 1_500
    @Option(help: "Number of opportunities.") var opportunities = 5_000

    func run() async throws {
        try await settings.run(failure: "Nothing seeded") { _, services in
            let summary = try await DemoCatalogue(seed: seed, providerCount: providers, opportunityCount: opportunities)
                .seedIfEmpty(services, progress: say)
            say(
                summary.skipped
                    ? "The database already has data; nothing seeded."
                    : "Seeded \(summary.providers) providers and \(summary.opportunities) opportunities.")
            try await seedDemoAccounts(services)
        }
    }
}

struct RoutesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "routes", abstract: "Print every route: method, path and who may use it.")
    @OptionGroup var settings: SettingsOptions

    func run() async throws {
        try await settings.run(migrate: false, failure: "No routes printed") { _, services in
            print(WexchangeApplication.makeRouter(services: services).routes.listing)
        }
    }
}
