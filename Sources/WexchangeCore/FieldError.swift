/// One thing wrong with what someone submitted, named by the field as the API spells it.
public struct FieldError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    public let field: String
    public let message: String

    public init(_ field: String, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

/// Everything wrong with one submission, so the sender can fix it all in one go.
public struct ValidationFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public let errors: [FieldError]

    public init(_ errors: [FieldError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "; ") }
}
