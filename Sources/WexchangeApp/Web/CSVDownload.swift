import CSV
import Foundation
import Hummingbird

/// A CSV file to download, written with CSV.swift (quoting per RFC 4180). A cell that a
/// spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`, a tab or a carriage return:
/// OWASP's "CSV injection") gets a leading apostrophe, so a name typed by anyone stays text.
enum CSVDownload {
    static func cell(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }

    /// The rows as CSV text (CRLF line ends, as spreadsheets expect), every cell guarded.
    static func text(header: [String], rows: [[String]]) throws -> String {
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header.map(cell))
        for row in rows { try writer.write(row: row.map(cell)) }
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    /// A download named `filename` (letters, digits, `-` and `.` only, so the header is safe).
    static func response(_ text: String, filename: String) -> Response {
        let safe = String(filename.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "." })
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(safe)\"",
                .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
