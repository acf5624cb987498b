import Foundation
import Hummingbird
import MultipartKit

/// A `multipart/form-data` body, as a form with a file input posts it (the cohort upload).
struct MultipartForm: Sendable {
    struct Part: Sendable {
        let name: String
        /// The file's name as the browser sent it; nil for an ordinary field.
        let fileName: String?
        let body: Data
    }

    /// The largest upload: a full CTF of a large school is tens of megabytes at most.
    static let maxSize = 64 * 1024 * 1024

    let parts: [Part]

    static func isMultipart(_ request: Request) -> Bool {
        boundary(request) != nil
    }

    /// Reads the body once; the request keeps the collected bytes, so the handler can read it again.
    static func read(_ request: inout Request) async throws -> MultipartForm {
        guard let boundary = boundary(request) else {
            throw AppError(.badRequest, code: "not_multipart", message: "the form must be sent as multipart/form-data")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maxSize)
        } catch {
            throw AppError(.contentTooLarge, code: "body_too_large", message: "the file is over \(maxSize / 1024 / 1024) MB")
        }
        var parts: [Part] = []
        var headers: [(String, String)] = []
        var body = Data()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in headers.append((name, value)) }
        parser.onBody = { chunk in body.append(contentsOf: chunk.readableBytesView) }
        parser.onPartComplete = {
            let disposition = headers.first { $0.0.lowercased() == "content-disposition" }?.1 ?? ""
            if let name = parameter("name", in: disposition) {
                parts.append(Part(name: name, fileName: parameter("filename", in: disposition), body: body))
            }
            headers = []
            body = Data()
        }
        do {
            try parser.execute(buffer)
        } catch {
            throw AppError(.badRequest, code: "bad_multipart", message: "the upload could not be read; choose the file and send it again")
        }
        return MultipartForm(parts: parts)
    }

    /// An ordinary field's value.
    subscript(_ name: String) -> String? {
        parts.last { $0.name == name && $0.fileName == nil }.map { String(decoding: $0.body, as: UTF8.self) }
    }

    /// The file sent in `name`, when one was chosen (browsers send an empty part otherwise).
    func file(_ name: String) -> Part? {
        parts.last { $0.name == name && !($0.fileName ?? "").isEmpty }
    }

    private static func boundary(_ request: Request) -> String? {
        guard let type = request.headers[.contentType], type.lowercased().hasPrefix("multipart/form-data") else { return nil }
        return parameter("boundary", in: type)
    }

    /// `name="value"` (or unquoted) from a header such as `form-data; name="file"; filename="a.csv"`.
    static func parameter(_ key: String, in header: String) -> String? {
        for item in header.split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == key else { continue }
            let value = pair[1]
            return value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 ? String(value.dropFirst().dropLast()) : value
        }
        return nil
    }
}
