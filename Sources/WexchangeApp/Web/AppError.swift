import Foundation
import Hummingbird
import Logging
import WexchangeCore

/// An error the app answers with on purpose: its status, a stable machine code, a message for
/// people and, where one field is to blame, that field. `details` lists every problem of a
/// rejected submission (for example every invalid feed item).
public struct AppError: Error, Sendable {
    public struct Detail: Codable, Sendable, Equatable {
        public var index: Int?
        public var line: Int?
        public var externalId: String?
        public var field: String
        public var message: String

        enum CodingKeys: String, CodingKey {
            case index, line, externalId = "external_id", field, message
        }
    }

    public let status: HTTPResponse.Status
    public let code: String
    public let message: String
    public let field: String?
    public let details: [Detail]

    public init(_ status: HTTPResponse.Status, code: String, message: String, field: String? = nil, details: [Detail] = []) {
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.details = details
    }

    public static func notFound(_ what: String) -> AppError {
        AppError(.notFound, code: "not_found", message: "\(what) was not found")
    }

    public static let unauthorised = AppError(
        .unauthorized, code: "unauthorised",
        message: "send your provider API key as 'Authorization: Bearer <key>'")

    public static func forbidden(_ message: String) -> AppError {
        AppError(.forbidden, code: "forbidden", message: message)
    }

    public static func invalid(_ failure: ValidationFailure) -> AppError {
        let first = failure.errors.first
        return AppError(
            .badRequest, code: "invalid",
            message: failure.errors.count == 1
                ? "\(first!.field) \(first!.message)" : "\(failure.errors.count) problems: \(failure.description)",
            field: first?.field,
            details: failure.errors.map { Detail(field: $0.field, message: $0.message) })
    }

    /// Runs an API step, turning a `ValidationFailure` into a 400 that names every field.
    @discardableResult
    static func validating<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let failure as ValidationFailure {
            throw AppError.invalid(failure)
        }
    }

    public var logLevel: Logger.Level { status.code >= 500 ? .error : .debug }
}
