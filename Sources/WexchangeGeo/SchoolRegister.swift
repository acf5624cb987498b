import CSV
import Foundation

/// A school from the reference list (DfE school census 2022/23 and Get Information about Schools,
/// July 2025; see README for sources and licence).
public struct ReferenceSchool: Sendable, Hashable {
    public let urn: Int
    public let name: String
    /// e.g. "State-funded secondary", "Independent school".
    public let phase: String
    public let postcode: String?
    /// The education local authority's GSS code.
    public let localAuthorityCode: String?
    public let localAuthorityName: String?
    /// Percentage of pupils known to be eligible for free school meals (blank for independent schools).
    public let fsmPercent: Double?
}

/// England's schools by URN, read from the bundled list on first use.
public enum SchoolRegister {
    public static func school(urn: Int) -> ReferenceSchool? { bundled[urn] }

    static let bundled: [Int: ReferenceSchool] = {
        do {
            let data = try Gzip.decompress(Data(contentsOf: Gazetteer.resource("schools.csv.gz")))
            return try read(String(decoding: data, as: UTF8.self))
        } catch {
            fatalError("Wexchange's bundled school list could not be read: \(error)")
        }
    }()

    static func read(_ csv: String) throws -> [Int: ReferenceSchool] {
        let reader = try CSVReader(string: csv, hasHeaderRow: true)
        var schools: [Int: ReferenceSchool] = [:]
        func text(_ column: String) -> String? { reader[column].flatMap { $0.isEmpty ? nil : $0 } }
        while reader.next() != nil {
            guard let urn = text("urn").flatMap(Int.init), let name = text("school_name") else { continue }
            schools[urn] = ReferenceSchool(
                urn: urn, name: name, phase: text("phase") ?? "", postcode: text("postcode"),
                localAuthorityCode: text("la_gss_code"), localAuthorityName: text("la_name"),
                fsmPercent: text("fsm_eligible_pct").flatMap(Double.init))
        }
        return schools
    }
}
