import Foundation
import Hummingbird

/// Reads a JSON body, naming the field when a value has the wrong type.
enum JSONBody {
    static let decoder = JSONDecoder()

    static func decode<T: Decodable>(_ type: T.Type, from request: Request, context: AppRequestContext) async throws -> T {
        guard let value = try await decodeIfPresent(type, from: request, context: context) else {
            throw AppError(.badRequest, code: "invalid_json", message: "the request body is empty; send a JSON object")
        }
        return value
    }

    /// As `decode`, for an optional body: nil when there is none.
    static func decodeIfPresent<T: Decodable>(_ type: T.Type, from request: Request, context: AppRequestContext) async throws -> T? {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: context.maxUploadSize)
        } catch {
            throw AppError(
                .contentTooLarge, code: "body_too_large", message: "the request body is over \(context.maxUploadSize / 1_048_576) MB")
        }
        guard buffer.readableBytes > 0 else { return nil }
        do {
            return try decoder.decode(T.self, from: Data(buffer: buffer))
        } catch let DecodingError.typeMismatch(expected, context) {
            throw fieldError(context, "has the wrong type (expected \(describe(expected)))")
        } catch let DecodingError.valueNotFound(expected, context) {
            throw fieldError(context, "must not be null (expected \(describe(expected)))")
        } catch let DecodingError.keyNotFound(key, context) {
            throw fieldError(context, "is missing \(key.stringValue)")
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            throw fieldError(context, context.debugDescription)
        } catch {
            throw AppError(.badRequest, code: "invalid_json", message: "the request body is not valid JSON")
        }
    }

    private static func fieldError(_ context: DecodingError.Context, _ message: String) -> AppError {
        let field = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            .replacingOccurrences(of: ".[", with: "[").trimmingCharacters(in: CharacterSet(charactersIn: "."))
        return AppError(.badRequest, code: "invalid_json", message: "\(field) \(message)", field: field)
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)".contains("Array") ? "a list" : "an object"
        }
    }
}
