import Foundation
import Hummingbird

enum JSONResponse {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try encoder.encode(value)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func make(writing value: some JSONWritable, status: HTTPResponse.Status = .ok) -> Response {
        var json = JSONWriter()
        value.write(to: &json)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: json.bytes)))
    }

    static func error(_ error: AppError) -> Response {
        struct Envelope: Encodable {
            struct Body: Encodable {
                let code: String
                let message: String
                let field: String?
                let details: [AppError.Detail]?
            }
            let error: Body
        }
        let body = Envelope(error: .init(code: error.code, message: error.message, field: error.field,
                                         details: error.details.isEmpty ? nil : error.details))
        let data = (try? encoder.encode(body)) ?? Data(#"{"error":{"code":"internal_error","message":"error"}}"#.utf8)
        return Response(status: error.status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

enum HTMLResponse {
    /// A page, rendered through the layout (the only way HTML leaves the app).
    static func page(_ page: some PageView, status: HTTPResponse.Status = .ok) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        headers[.contentSecurityPolicy] = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'"
        headers[.xContentTypeOptions] = "nosniff"
        headers[HTTPFields.Element.Name("Referrer-Policy")!] = "same-origin"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page.document.html)))
    }
}

/// Reads a JSON body, naming the field when a value has the wrong type.
enum JSONBody {
    static let decoder = JSONDecoder()

    static func decode<T: Decodable>(_ type: T.Type, from request: Request, context: AppRequestContext) async throws -> T {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: context.maxUploadSize)
        } catch {
            throw AppError(.contentTooLarge, code: "body_too_large", message: "the request body is over \(context.maxUploadSize / 1_048_576) MB")
        }
        guard buffer.readableBytes > 0 else {
            throw AppError(.badRequest, code: "invalid_json", message: "the request body is empty; send a JSON object")
        }
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
