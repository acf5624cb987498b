import Foundation
import WexchangeGeo

/// How a listing's details are kept in the database: JSON with a format version `v`. Decoding
/// reads every stored version: a field added after a row was written takes its default (no
/// description, no deadline, no subjects…), and keys it does not know are ignored, so adding an
/// optional field never breaks stored rows. Read with `JSONNode`, which is several times faster
/// than `JSONDecoder` for the 100,000 listings loaded at start-up.
///
/// Versions: 1 is `OpportunityDetails`'s own `Codable` form (the keys its properties are named);
/// rows written before the version was kept have no `v` and are version 1.
extension OpportunityDetails {
    public static let storedVersion = 1

    public struct StoredFormError: Error, Sendable, CustomStringConvertible {
        public let reason: String
        public var description: String { "stored listing: \(reason)" }
    }

    /// The details as stored.
    public func storedJSON() throws -> String {
        let body = try String(decoding: Self.storageEncoder.encode(self), as: UTF8.self)
        return "{\"v\":\(Self.storedVersion)," + body.dropFirst()
    }

    private static let storageEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    /// Reads details stored in any version.
    public init(storedJSON text: String) throws {
        let root: JSONNode
        do { root = try JSONNode.parse(text) } catch { throw StoredFormError(reason: error.description) }
        let version = root["v"]?.number.map(Int.init) ?? 1
        guard version <= Self.storedVersion else {
            throw StoredFormError(reason: "format version \(version) is newer than this program reads")
        }

        func required<T>(_ key: String, _ read: (JSONNode) -> T?) throws -> T {
            guard let node = root[key], let value = read(node) else { throw StoredFormError(reason: "\(key) is missing or malformed") }
            return value
        }
        func choice<T: RawRepresentable>(_ key: String, _: T.Type) throws -> T where T.RawValue == String {
            try required(key) { $0.string.flatMap(T.init(rawValue:)) }
        }
        func choices<T: RawRepresentable>(_ key: String, _: T.Type) -> [T] where T.RawValue == String {
            root[key]?.array?.compactMap { $0.string.flatMap(T.init(rawValue:)) } ?? []
        }
        func date(_ node: JSONNode) -> CalendarDate? { node.string.flatMap(CalendarDate.init(iso:)) }

        let location: Location? = root["location"].flatMap { node -> Location? in
            guard let address = node["address"]?.string, let postcode = node["postcode"]?.string,
                let latitude = node["coordinate"]?["latitude"]?.number, let longitude = node["coordinate"]?["longitude"]?.number
            else { return nil }
            return Location(
                address: address, postcode: postcode, coordinate: Coordinate(latitude: latitude, longitude: longitude),
                localAuthorityCode: node["localAuthorityCode"]?.string)
        }
        let schedule: Schedule = try required("schedule") { node in
            if let weeks = node["weeks"]?.array { return .flexible(weeks.compactMap { $0.string.flatMap(IsoWeek.init(iso:)) }) }
            return node["sessions"]?.array.map { sessions in
                .fixed(
                    sessions.compactMap { session in
                        guard let start = session["start"].flatMap(date), let end = session["end"].flatMap(date) else { return nil }
                        return DateRange(start: start, end: end)
                    })
            }
        }
        self.init(
            externalId: root["externalId"]?.string,
            title: try required("title") { $0.string },
            summary: try required("summary") { $0.string },
            description: root["description"]?.string ?? "",
            type: try choice("type", OpportunityType.self),
            mode: try choice("mode", DeliveryMode.self),
            sector: try choice("sector", Sector.self),
            stage: try choice("stage", Stage.self),
            years: try required("years") { $0.array?.compactMap { $0.number.map(Int.init) } },
            location: location,
            capacity: try required("capacity") { $0.number.map(Int.init) },
            hoursPerDay: try required("hoursPerDay") { $0.number },
            days: try required("days") { $0.number.map(Int.init) },
            schedule: schedule,
            applicationDeadline: root["applicationDeadline"].flatMap(date),
            subjects: choices("subjects", Subject.self),
            outcomes: root["outcomes"]?.array?.compactMap(\.string) ?? [],
            skills: choices("skills", Skill.self),
            sendAdjustments: choices("sendAdjustments", SendAdjustment.self),
            sendOther: root["sendOther"]?.string,
            howToApply: root["howToApply"]?.string,
            dailyTimes: root["dailyTimes"]?.string,
            whatToBring: root["whatToBring"]?.string,
            travelNotes: root["travelNotes"]?.string,
            supervisorDbsChecked: root["supervisorDbsChecked"]?.bool ?? false,
            privateHome: root["privateHome"]?.bool ?? false,
            status: try choice("status", OpportunityStatus.self))
    }
}
