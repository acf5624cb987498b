// swift-tools-version:6.1
import Foundation
import PackageDescription

/// The search counts facets 64 listings at a time with popcount; baseline x86-64 has no POPCNT
/// instruction, so Swift emulates it in a dozen instructions. Every x86-64 CPU since 2008 has it.
#if arch(x86_64)
    let hardwarePopcount: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-mpopcnt"])]
#else
    let hardwarePopcount: [SwiftSetting] = []
#endif

let package = Package(
    name: "Wexchange",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "wexchange", targets: ["wexchange"]),
        .library(name: "WexchangeCore", targets: ["WexchangeCore"]),
        .library(name: "WexchangeGeo", targets: ["WexchangeGeo"]),
        .library(name: "WexchangeSearch", targets: ["WexchangeSearch"]),
        .library(name: "WexchangeMatching", targets: ["WexchangeMatching"]),
        .library(name: "WexchangeHTML", targets: ["WexchangeHTML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.19.7"),
    ],
    targets: [
        // zlib from the system, to read the gzip-compressed postcode file.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        // Pure domain: types, taxonomies and rules (rounds name the engine's priority criteria).
        .target(name: "WexchangeCore", dependencies: ["WexchangeGeo", "WexchangeMatching"]),
        // Pure geography: postcodes, geocoding, distances, spatial index.
        .target(
            name: "WexchangeGeo",
            dependencies: ["CZlib", .product(name: "CSV", package: "CSV.swift")],
            resources: [
                .copy("Resources/outcodes.csv"), .copy("Resources/sectors.csv"), .copy("Resources/postcodes.csv.gz"),
                .copy("Resources/schools.csv.gz"),
            ]
        ),
        // Pure cohort files: a school's students from CSV or the DfE Common Transfer File, checked
        // row by row, and the plan an import would carry out.
        .target(name: "WexchangeCohort", dependencies: ["WexchangeCore", .product(name: "CSV", package: "CSV.swift")]),
        // Pure search: the in-memory catalogue index that answers opportunity queries.
        .target(
            name: "WexchangeSearch",
            dependencies: ["WexchangeCore", "WexchangeGeo", .product(name: "Collections", package: "swift-collections")],
            swiftSettings: hardwarePopcount
        ),
        // Pure HTML: typed nodes and the one escaping boundary every page is rendered through.
        .target(name: "WexchangeHTML"),
        // Pure allocation engine: deferred acceptance, exact clearing, explanations, statistics.
        .target(name: "WexchangeMatching", dependencies: ["WexchangeGeo"]),
        // Synthetic national-scale allocation instances, for benchmarks and `generate-instance`.
        .target(name: "AllocationGenerator", dependencies: ["WexchangeMatching", "WexchangeCore", "WexchangeGeo"]),
        // The web application: HTTP, storage, pages, commands.
        .target(
            name: "WexchangeApp",
            dependencies: [
                "WexchangeCore", "WexchangeGeo", "WexchangeSearch", "WexchangeHTML", "WexchangeCohort", "WexchangeMatching",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .executableTarget(
            name: "wexchange",
            dependencies: [
                "WexchangeApp", "WexchangeMatching", "AllocationGenerator", "WexchangeGeo", "WexchangeCore", "WexchangeCohort",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fixtures shared by the test targets.
        .target(name: "WexchangeTestSupport", dependencies: ["WexchangeCore"], path: "Tests/WexchangeTestSupport"),
        .testTarget(name: "WexchangeCoreTests", dependencies: ["WexchangeCore", "WexchangeMatching", "WexchangeTestSupport"]),
        .testTarget(name: "WexchangeGeoTests", dependencies: ["WexchangeGeo", "WexchangeCore"]),
        .testTarget(name: "WexchangeCohortTests", dependencies: ["WexchangeCohort", "WexchangeCore", "WexchangeTestSupport"]),
        .testTarget(name: "WexchangeSearchTests", dependencies: ["WexchangeSearch"]),
        .testTarget(
            name: "WexchangeHTMLTests",
            dependencies: ["WexchangeHTML", "WexchangeTestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "WexchangeMatchingTests",
            dependencies: ["WexchangeMatching", "WexchangeCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "WexchangeAppTests",
            dependencies: [
                "WexchangeApp", "WexchangeTestSupport", "WexchangeCohort",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            // Recorded snapshots are read from the source tree by SnapshotTesting, not bundled.
            exclude: ["Snapshots/__Snapshots__"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Benchmarks (BENCHMARKS.md) build only when asked, so `swift build` and `swift test` never
// compile ordo-one/benchmark: `WEXCHANGE_BENCHMARKS=1 swift package benchmark`.
if ProcessInfo.processInfo.environment["WEXCHANGE_BENCHMARKS"] != nil {
    package.dependencies.append(.package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]))
    package.targets.append(
        .executableTarget(
            name: "AllocationBenchmarks",
            dependencies: ["WexchangeMatching", "AllocationGenerator", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/AllocationBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ))
}
