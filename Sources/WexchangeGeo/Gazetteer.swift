import CSV
import Foundation
import Synchronization

/// What a postcode district or sector is known to contain, from the reference data.
public struct Area: Sendable, Hashable {
    public let code: String
    public let coordinate: Coordinate
    /// Live postcodes in the area: a proxy for where people live.
    public let postcodeCount: Int
    public let country: String
    public let region: String
    public let localAuthorityCode: String
    public let localAuthorityName: String
}

/// A geocoded postcode: where it is and how precisely we know it.
public struct Place: Sendable, Hashable {
    public let postcode: Postcode
    public let coordinate: Coordinate
    /// The precision of the reference row used: a full postcode, else its sector, else its district.
    public let matchedPrecision: Postcode.Precision
    public let localAuthorityCode: String?
    public let localAuthorityName: String?
    public let region: String?
}

public enum GeocodingError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed(String)
    case unknown(String)

    public var description: String {
        switch self {
        case .malformed(let text): "'\(text)' is not a UK postcode (expected e.g. NE1 4ST, NE1 4 or NE1)"
        case .unknown(let postcode): "postcode \(postcode) is not a known GB postcode district"
        }
    }
}

/// Turns postcodes into coordinates from the reference data shipped with Wexchange (Code-Point
/// Open via shared/data; see README for sources and licence). Full postcodes are looked up in the
/// 1.7-million-row table when present, else their sector, else their district centroid.
public final class Gazetteer: Sendable {
    public let outcodes: [String: Area]
    public let sectors: [String: Area]
    private let fullPostcodes: @Sendable () -> FullPostcodeTable?
    /// Answers already given, by the text as typed: searches near the same places repeat a lot.
    /// Bounded; emptied when full.
    private let remembered = Mutex<[String: Result<Place, GeocodingError>]>([:])
    static let rememberedLimit = 50_000

    /// The gazetteer built from the bundled reference files; the full-postcode table loads on the
    /// first full-postcode lookup (about 1 s), so processes that never need it never pay for it.
    public static let bundled: Gazetteer = {
        do {
            return try Gazetteer(
                outcodesCSV: String(contentsOf: resource("outcodes.csv"), encoding: .utf8),
                sectorsCSV: String(contentsOf: resource("sectors.csv"), encoding: .utf8),
                fullPostcodes: { BundledPostcodes.table }
            )
        } catch {
            fatalError("Wexchange's bundled postcode data could not be read: \(error)")
        }
    }()

    /// A gazetteer of districts and sectors only (full postcodes fall back to their sector).
    public convenience init(outcodesCSV: String, sectorsCSV: String) throws {
        try self.init(outcodesCSV: outcodesCSV, sectorsCSV: sectorsCSV, fullPostcodes: { nil })
    }

    init(outcodesCSV: String, sectorsCSV: String, fullPostcodes: @escaping @Sendable () -> FullPostcodeTable?) throws {
        outcodes = try Self.readAreas(outcodesCSV, codeColumn: "outcode")
        sectors = try Self.readAreas(sectorsCSV, codeColumn: "sector")
        self.fullPostcodes = fullPostcodes
    }

    /// Parses and geocodes what a person typed.
    public func geocode(_ text: String) -> Result<Place, GeocodingError> {
        if let known = remembered.withLock({ $0[text] }) { return known }
        let answer = lookUp(text)
        remembered.withLock { cache in
            if cache.count >= Self.rememberedLimit { cache.removeAll(keepingCapacity: true) }
            cache[text] = answer
        }
        return answer
    }

    private func lookUp(_ text: String) -> Result<Place, GeocodingError> {
        guard let postcode = Postcode(text) else { return .failure(.malformed(text)) }
        guard let district = outcodes[postcode.outcode] else { return .failure(.unknown(postcode.description)) }
        if postcode.precision == .full, let coordinate = fullPostcodes()?.coordinate(of: postcode) {
            let area = postcode.sector.flatMap { sectors[$0] } ?? district
            return .success(
                Place(
                    postcode: postcode, coordinate: coordinate, matchedPrecision: .full,
                    localAuthorityCode: area.localAuthorityCode.nilIfEmpty,
                    localAuthorityName: area.localAuthorityName.nilIfEmpty, region: area.region.nilIfEmpty))
        }
        let (area, precision): (Area, Postcode.Precision) =
            if let sector = postcode.sector, let found = sectors[sector] { (found, .sector) } else { (district, .outcode) }
        return .success(
            Place(
                postcode: postcode, coordinate: area.coordinate, matchedPrecision: precision,
                localAuthorityCode: area.localAuthorityCode.nilIfEmpty,
                localAuthorityName: area.localAuthorityName.nilIfEmpty, region: area.region.nilIfEmpty))
    }

    /// The live full postcodes of a district (empty when the full table is not available).
    /// Loads the full-postcode table now (it is otherwise loaded by the first lookup of a full
    /// postcode, which then waits seconds for it: all 1.7 million postcodes are read at once).
    public func warmUp() { _ = fullPostcodes() }

    public func fullPostcodes(inDistrict outcode: String) -> [String] {
        fullPostcodes()?.postcodes(inDistrict: outcode) ?? []
    }

    /// Districts in England, for spreading demo data where people live.
    public var englishDistricts: [Area] {
        outcodes.values.filter { $0.country == "England" }.sorted { $0.code < $1.code }
    }

    private static func readAreas(_ csv: String, codeColumn: String) throws -> [String: Area] {
        let reader = try CSVReader(string: csv, hasHeaderRow: true)
        var areas: [String: Area] = [:]
        while reader.next() != nil {
            guard let code = reader[codeColumn], let lat = reader["latitude"].flatMap(Double.init),
                let lon = reader["longitude"].flatMap(Double.init)
            else { continue }
            areas[code] = Area(
                code: code, coordinate: Coordinate(latitude: lat, longitude: lon),
                postcodeCount: reader["postcode_count"].flatMap { Int($0) } ?? 0,
                country: reader["country"] ?? "", region: reader["region"] ?? "",
                localAuthorityCode: reader["la_gss_code"] ?? "", localAuthorityName: reader["la_name"] ?? "")
        }
        return areas
    }

    static func resource(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
        }
        return url
    }
}

/// The bundled full-postcode table, loaded once on first use (Swift initialises globals lazily
/// and thread-safely). Nil when the file cannot be read: lookups then fall back to sectors.
enum BundledPostcodes {
    static let table: FullPostcodeTable? = {
        guard let url = try? Gazetteer.resource("postcodes.csv.gz"), let compressed = try? Data(contentsOf: url),
            let csv = try? Gzip.decompress(compressed)
        else { return nil }
        return FullPostcodeTable(csv: csv)
    }()
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
