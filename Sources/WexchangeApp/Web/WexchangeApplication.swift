import Foundation
import Hummingbird
import Logging
import WexchangeGeo

/// Builds the web application: migrations, catalogue load, routes, services.
public enum WexchangeApplication {
    /// Runs pending migrations and loads the catalogue, then returns the application (not yet running).
    /// `onListening` runs once the server has bound its address (not when binding fails).
    public static func build(
        configuration: AppConfiguration, services: AppServices,
        onListening: @escaping @Sendable () -> Void = {}
    ) async throws -> some ApplicationProtocol {
        try await services.storage.migrate()
        try await services.catalogue.refresh()
        // Load the full-postcode table now rather than on the first search near a postcode, but
        // after the catalogue: on two cores, doing both at once delays search for everyone.
        let gazetteer = services.gazetteer
        Task.detached(priority: .utility) { _ = gazetteer.geocode("SW1A 1AA") }
        let router = makeRouter(services: services).router
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Wexchange"),
            services: [
                StorageService(storage: services.storage),
                CatalogueRefreshService(
                    catalogue: services.catalogue, interval: .milliseconds(Int(configuration.catalogueRefreshSeconds * 1000)),
                    logger: services.logger),
                CredentialSweeper(storage: services.storage, now: services.now, interval: .seconds(3600), logger: services.logger),
                OfferDeadlines(
                    offers: services.offers, requests: services.placeRequests, reminders: services.placementReminders,
                    completion: services.placementCompletion,
                    interval: .seconds(3600), logger: services.logger),
                PasswordResetMailer(
                    passwords: services.passwords, signal: services.resetRequests, linkBase: services.publicURL,
                    poll: .seconds(5), logger: services.logger),
            ],
            onServerRunning: { _ in onListening() },
            logger: services.logger
        )
    }

    /// The router with every route and middleware; tests use it directly.
    public static func makeRouter(services: AppServices) -> (router: Router<AppRequestContext>, routes: RouteTable) {
        // HEAD is answered wherever GET is, without the body.
        let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
        AppMetrics.bootstrap
        router.add(middleware: HeadRequestMiddleware())
        // Outermost but for HEAD's, so it counts each request with the status the client finally gets.
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: ClientOriginMiddleware(trustedProxies: services.trustedProxies, publicURLIsHTTPS: services.publicURLIsHTTPS))
        router.add(middleware: IdentityMiddleware(services: services))
        let routes = Routes.register(on: router, services: services)
        return (router, routes)
    }
}
