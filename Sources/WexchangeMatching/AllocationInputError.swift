/// A fault in an allocation instance, naming the entity and the field, so whoever prepared the
/// file can find and mend it. The command line exits with status 2 on one.
public struct AllocationInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// E.g. `student "S12" (students[11])`, or `instance` for top-level faults.
    public var entity: String
    public var field: String
    public var message: String

    public init(entity: String, field: String, message: String) {
        self.entity = entity
        self.field = field
        self.message = message
    }

    public var description: String { "\(entity), field \"\(field)\": \(message)" }

    static func student(_ index: Int, _ id: String?, field: String, _ message: String) -> Self {
        Self(entity: entityName("student", "students", index, id), field: field, message: message)
    }

    static func opportunity(_ index: Int, _ id: String?, field: String, _ message: String) -> Self {
        Self(entity: entityName("opportunity", "opportunities", index, id), field: field, message: message)
    }

    static func entityName(_ kind: String, _ list: String, _ index: Int, _ id: String?) -> String {
        guard let id else { return "\(kind) \(list)[\(index)]" }
        return "\(kind) \"\(id)\" (\(list)[\(index)])"
    }
}
