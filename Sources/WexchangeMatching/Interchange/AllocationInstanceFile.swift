import Foundation
import WexchangeGeo

/// Reads the `wex-alloc-instance/1` JSON format (README, "Allocation"). Every fault names the
/// entity and the field; unknown top-level keys are ignored.
public enum AllocationInstanceFile {
    public static let format = "wex-alloc-instance/1"

    public static func decode(_ data: Data) throws(AllocationInputError) -> AllocationInstance {
        let file: FileRecord
        do {
            file = try JSONDecoder().decode(FileRecord.self, from: data)
        } catch let error as AllocationInputError {
            throw error
        } catch let error as DecodingError {
            throw Self.fault(error)
        } catch {
            throw AllocationInputError(entity: "instance", field: "(file)", message: "cannot be read: \(error)")
        }
        return file.instance
    }

    /// Faults outside any student or opportunity: the file itself or a top-level key.
    private static func fault(_ error: DecodingError) -> AllocationInputError {
        let path = DecodingFault.path(of: error)
        if case .dataCorrupted(let context) = error, path.isEmpty {
            let reason = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return AllocationInputError(
                entity: "instance", field: "(file)", message: "is not valid JSON: \(reason ?? context.debugDescription)")
        }
        return AllocationInputError(entity: "instance", field: path.isEmpty ? "(file)" : path, message: DecodingFault.message(error))
    }
}

/// Turns Foundation's decoding errors into short messages for people.
enum DecodingFault {
    static func message(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound: "is missing"
        case .valueNotFound: "must not be null"
        case .typeMismatch(let type, _): "must be \(describe(type))"
        case .dataCorrupted(let context): context.debugDescription.isEmpty ? "is malformed" : context.debugDescription
        @unknown default: "is malformed"
        }
    }

    static func path(of error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case .keyNotFound(let key, let c): return render(c.codingPath + [key])
        case .valueNotFound(_, let c), .typeMismatch(_, let c), .dataCorrupted(let c): context = c
        @unknown default: return ""
        }
        return render(context.codingPath)
    }

    /// `students[3].year` style.
    private static func render(_ path: [any CodingKey]) -> String {
        path.reduce("") { text, key in
            if let index = key.intValue { return text + "[\(index)]" }
            return text.isEmpty ? key.stringValue : text + "." + key.stringValue
        }
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Int64.Type: "a whole number"
        case is Double.Type: "a number"
        case is [Any].Type, is [String].Type, is [Int].Type: "a list"
        case is [String: Any].Type: "an object"
        default: "of type \(type)"
        }
    }
}

private struct FileRecord: Decodable {
    let instance: AllocationInstance

    enum Key: String, CodingKey { case format, priority, students, opportunities }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        func fault(_ field: String, _ message: String) -> AllocationInputError {
            AllocationInputError(entity: "instance", field: field, message: message)
        }
        guard let format = try? container.decode(String.self, forKey: .format) else {
            throw fault("format", "is missing; expected \"\(AllocationInstanceFile.format)\"")
        }
        guard format == AllocationInstanceFile.format else {
            throw fault("format", "\"\(format)\" is not supported; expected \"\(AllocationInstanceFile.format)\"")
        }
        let priorityNames = try container.decodeIfPresent([String].self, forKey: .priority)
        let priority =
            try priorityNames.map { names throws(AllocationInputError) in
                try Criteria.parse(names, entity: "instance", field: "priority")
            } ?? PriorityCriterion.defaultOrder
        let opportunities = try container.decode([OpportunityRecord].self, forKey: .opportunities).map(\.value)
        let students = try container.decode([StudentRecord].self, forKey: .students).map(\.value)
        instance = AllocationInstance(priority: priority, students: students, opportunities: opportunities)
    }
}

enum Criteria {
    static func parse(_ names: [String], entity: String, field: String) throws(AllocationInputError) -> [PriorityCriterion] {
        var criteria: [PriorityCriterion] = []
        for name in names {
            guard let criterion = PriorityCriterion(rawValue: name) else {
                let known = PriorityCriterion.allCases.map(\.rawValue).joined(separator: ", ")
                throw AllocationInputError(
                    entity: entity, field: field, message: "\"\(name)\" is not a priority criterion; use one of \(known)")
            }
            criteria.append(criterion)
        }
        return criteria
    }
}

/// Decodes the fields of one student or opportunity, naming it in any fault.
private struct RecordReader<Key: CodingKey> {
    let container: KeyedDecodingContainer<Key>
    let fault: (String, String) -> AllocationInputError

    func callAsFunction<T: Decodable>(_ key: Key) throws -> T {
        do { return try container.decode(T.self, forKey: key) } catch { throw translate(error, key, T.self) }
    }

    func optional<T: Decodable>(_ key: Key) throws -> T? {
        do { return try container.decodeIfPresent(T.self, forKey: key) } catch { throw translate(error, key, T.self) }
    }

    /// Foundation reports some faults (a fraction where a whole number belongs) with a private
    /// error type; those get the expected type as their message.
    private func translate(_ error: any Error, _ key: Key, _ type: Any.Type) -> AllocationInputError {
        if let error = error as? DecodingError { return fault(key.stringValue, DecodingFault.message(error)) }
        return fault(key.stringValue, "must be \(DecodingFault.describe(type))")
    }
}

private struct StudentRecord: Decodable {
    let value: AllocationStudent

    enum Key: String, CodingKey { case id, lat, lon, year, hub, disadvantaged, send, prior, lottery, max_km, prefs }

    init(from decoder: Decoder) throws {
        let index = decoder.codingPath.last?.intValue ?? 0
        let container = try decoder.container(keyedBy: Key.self)
        let id = try RecordReader(container: container) { .student(index, nil, field: $0, $1) }(.id) as String
        let read = RecordReader(container: container) { .student(index, id, field: $0, $1) }
        value = AllocationStudent(
            id: id, year: try read(.year), location: Coordinate(latitude: try read(.lat), longitude: try read(.lon)),
            hub: try read.optional(.hub), disadvantaged: try read(.disadvantaged), send: try read(.send),
            priorExperience: try read(.prior), lottery: try read(.lottery),
            maxKm: try read.optional(.max_km) ?? AllocationStudent.defaultMaxKm, preferences: try read(.prefs)
        )
    }
}

private struct OpportunityRecord: Decodable {
    let value: AllocationOpportunity

    enum Key: String, CodingKey { case id, lat, lon, capacity, virtual, years, hub, priority }

    init(from decoder: Decoder) throws {
        let index = decoder.codingPath.last?.intValue ?? 0
        let container = try decoder.container(keyedBy: Key.self)
        let id = try RecordReader(container: container) { .opportunity(index, nil, field: $0, $1) }(.id) as String
        let read = RecordReader(container: container) { .opportunity(index, id, field: $0, $1) }
        let priority = try (read.optional(.priority) as [String]?).map { names throws(AllocationInputError) in
            try Criteria.parse(names, entity: AllocationInputError.entityName("opportunity", "opportunities", index, id), field: "priority")
        }
        value = AllocationOpportunity(
            id: id, location: Coordinate(latitude: try read(.lat), longitude: try read(.lon)), capacity: try read(.capacity),
            isVirtual: try read(.virtual), years: try read(.years), hub: try read.optional(.hub), priority: priority
        )
    }
}
