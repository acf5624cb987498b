import Foundation
import Metrics
import Prometheus

/// The app's metrics in Prometheus text format (`GET /metrics`): requests per route, method and
/// status with latency histograms (Hummingbird's `MetricsMiddleware` through swift-metrics), and
/// Wexchange's own gauges and counters, read when scraped.
enum AppMetrics {
    static let registry = PrometheusCollectorRegistry()

    /// swift-metrics can be bootstrapped once per process; every app in it shares the registry.
    static let bootstrap: Void = {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(20),
            .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
            .seconds(2.5), .seconds(5),
        ]
        MetricsSystem.bootstrap(factory)
    }()

    static let catalogueListings = registry.makeGauge(
        descriptor: described("catalogue_listings", help: "Published listings in this instance's search index"))
    static let catalogueRevision = registry.makeGauge(
        descriptor: described("catalogue_revision", help: "The catalogue revision this instance has applied"))
    static let refreshLag = registry.makeGauge(
        descriptor: described(
            "catalogue_refresh_age", unit: "seconds", help: "Seconds since this instance last brought its catalogue up to date"))
    static let transactionsInFlight = registry.makeGauge(
        descriptor: described("db_transactions_in_flight", help: "Write transactions holding or waiting for a database connection"))
    static let throttled = registry.makeCounter(
        descriptor: described("sign_in_throttled", unit: "total", help: "Sign-in attempts answered 'too many attempts, wait'"))
    static let resetRequests = registry.makeCounter(
        descriptor: described("password_reset_requests", unit: "total", help: "Password-reset requests queued"))

    /// `wexchange_<name>[_<unit>]`.
    private static func described(_ name: String, unit: String = "", help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "wexchange", metricName: name, unitName: unit, helpText: help)
    }

    /// The text a scrape reads, with the gauges read from `services` now.
    static func scrape(_ services: AppServices) -> [UInt8] {
        catalogueListings.set(Double(services.catalogue.index.count))
        catalogueRevision.set(Double(services.catalogue.revision))
        refreshLag.set(services.catalogue.secondsSinceRefresh)
        // Counters are made when first used; a scrape shows them from the start, at zero.
        _ = (throttled, resetRequests)
        return registry.emitToBuffer()
    }
}
