import FluentKit
import Foundation
import WexchangeCore
import WexchangeGeo

/// A realistic, deterministic demo catalogue: providers and listings spread over England's
/// postcode districts in proportion to where people live (live postcodes per district), with a
/// mix of types, modes, sectors, dates through the next academic year, capacities and badges.
public struct DemoCatalogue: Sendable {
    public var seed: UInt64 = 2026
    public var providerCount = 1_500
    public var opportunityCount = 5_000

    public init(seed: UInt64 = 2026, providerCount: Int = 1_500, opportunityCount: Int = 5_000) {
        self.seed = seed
        self.providerCount = providerCount
        self.opportunityCount = opportunityCount
    }

    public struct Summary: Sendable, Equatable {
        public var providers: Int
        public var opportunities: Int
        public var skipped: Bool
    }

    /// Seeds only an empty database (no providers yet), so restarting with `--demo` is harmless.
    public func seedIfEmpty(_ services: AppServices, progress: (@Sendable (String) -> Void)? = nil) async throws -> Summary {
        let db = services.storage.database
        guard try await ProviderModel.query(on: db).count() == 0 else {
            return Summary(providers: 0, opportunities: 0, skipped: true)
        }
        var random = SeededRandom(seed: seed)
        let today = services.today
        let districts = services.gazetteer.englishDistricts.filter { $0.postcodeCount > 0 }
        let weights = Cumulative(districts.map { Double($0.postcodeCount) })

        progress?("Generating \(providerCount) providers")
        var providers: [(ProviderModel, Area, Sector)] = []
        for index in 0..<providerCount {
            let district = districts[weights.pick(&random)]
            let sector = Sector.allCases[random.int(below: Sector.allCases.count)]
            let kind: ProviderKind =
                random.chance(0.8)
                ? .employer
                : random.chance(0.4)
                    ? .nationalProvider
                    : random.chance(0.6) ? .publicSector : .educationBusinessPartnership
            let name = DemoWords.providerName(index: index, district: district, sector: sector, kind: kind, random: &random)
            let provider = ProviderModel(
                id: random.uuid(), name: name, kind: kind.rawValue,
                sizeBand: SizeBand.allCases[[0, 0, 1, 1, 2, 3][random.int(below: 6)]].rawValue, sectors: [sector.rawValue],
                website: "https://example.org/\(index)", contactEmail: "placements\(index)@example.org")
            providers.append((provider, district, sector))
        }

        progress?("Generating \(opportunityCount) opportunities")
        var rows: [OpportunityModel] = []
        var postcodeCache: [String: [String]] = [:]
        while rows.count < opportunityCount {
            // Larger providers list more: a skewed pick.
            let (provider, district, sector) = providers[Int(Double(providers.count) * pow(random.unit(), 1.6))]
            let postcodes = postcodeCache[district.code] ?? services.gazetteer.fullPostcodes(inDistrict: district.code)
            postcodeCache[district.code] = postcodes
            let input = DemoWords.listing(
                number: rows.count, sector: random.chance(0.85) ? sector : Sector.allCases[random.int(below: 15)],
                postcode: postcodes.isEmpty ? nil : postcodes[random.int(below: postcodes.count)],
                town: district.localAuthorityName, today: today, random: &random)
            guard case .success(let details) = OpportunityRules.validate(input, gazetteer: services.gazetteer) else { continue }
            // The demo catalogue starts approved, as a live clearing house's would.
            let row = try OpportunityModel(
                id: random.uuid(), providerID: provider.id!, source: "manual", details: details,
                trusted: true, now: services.now())
            rows.append(row)
            if rows.count % 1_000 == 0 { progress?("  \(rows.count) of \(opportunityCount) generated") }
        }

        progress?("Writing to the database")
        let providersToWrite = providers.map(\.0), rowsToWrite = rows
        try await services.catalogue.write { db, next in
            let revision = try await next.next()
            for provider in providersToWrite { provider.revision = revision }
            for row in rowsToWrite { row.revision = revision }
            let organisations = providersToWrite.map {
                OrganisationModel(id: $0.id, kind: OrganisationKind.provider.rawValue, name: $0.name)
            }
            for batch in organisations.chunked(200) { try await batch.create(on: db) }
            for batch in providersToWrite.chunked(200) { try await batch.create(on: db) }
            var badgeRandom = SeededRandom(seed: seed ^ 0xBAD6E)
            var badges: [ProviderBadgeModel] = []
            for provider in providersToWrite where badgeRandom.chance(0.22) {
                let (name, body) = DemoWords.badges[badgeRandom.int(below: DemoWords.badges.count)]
                // Most badges run for a year or more; a few have just lapsed.
                let expires = today.adding(
                    days: badgeRandom.chance(0.1) ? -badgeRandom.int(below: 60) - 1 : 30 + badgeRandom.int(below: 700))
                badges.append(ProviderBadgeModel(providerID: provider.id!, name: name, grantedBy: body, expires: expires.description))
            }
            for batch in badges.chunked(200) { try await batch.create(on: db) }
            var written = 0
            for batch in rowsToWrite.chunked(200) {
                try await batch.create(on: db)
                written += batch.count
                if written % 1_000 == 0 { progress?("  \(written) of \(rowsToWrite.count) written") }
            }
        }
        return Summary(providers: providers.count, opportunities: rows.count, skipped: false)
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

extension ArraySlice where Element: Model {
    func create(on db: any Database) async throws { try await Array(self).create(on: db) }
}

extension SeededRandom {
    mutating func uuid() -> UUID {
        var bytes = (next(), next())
        return withUnsafeBytes(of: &bytes) { raw in
            var uuid = raw.load(as: uuid_t.self)
            uuid.6 = (uuid.6 & 0x0F) | 0x40  // version 4
            uuid.8 = (uuid.8 & 0x3F) | 0x80  // RFC 4122 variant
            return UUID(uuid: uuid)
        }
    }
}

/// Picks an index with probability proportional to its weight.
struct Cumulative {
    private let totals: [Double]
    init(_ weights: [Double]) {
        var running = 0.0
        totals = weights.map {
            running += $0; return running
        }
    }

    func pick(_ random: inout SeededRandom) -> Int {
        let target = random.unit() * (totals.last ?? 0)
        var low = 0, high = totals.count - 1
        while low < high {
            let mid = (low + high) / 2
            if totals[mid] <= target { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
