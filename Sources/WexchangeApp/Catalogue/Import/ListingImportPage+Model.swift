import Foundation
import WexchangeCore

/// The provider's CSV upload form (the same file `wexchange import opportunities` reads), with
/// every problem a refused file had, each with its line and column.
struct ListingImportPage {
    struct Problem: Sendable, Equatable {
        /// "Line 4 (ref-12), Postcode", or nil for the file as a whole.
        let place: String?
        let message: String
    }

    /// How many problems the page lists; a file with more is usually the wrong file.
    static let listedProblems = 100

    let viewer: Viewer
    let full: Bool
    var problems: [Problem] = []

    /// The import's problems in words: where (line, the row's reference, the column's label) and what.
    static func problems(_ details: [AppError.Detail]) -> [Problem] {
        details.map { detail in
            var place = detail.line.map { "Line \($0)" } ?? detail.index.map { "Row \($0 + 1)" } ?? "The file"
            if let reference = detail.externalId, !reference.isEmpty { place += " (\(reference))" }
            place += ", \(column(detail.field))"
            return Problem(place: place, message: PlainWords.capitalised(detail.message))
        }
    }

    /// A column in words: "sessions[1].end" → "Fixed dates 2, last day"; a name that is no
    /// column (an unknown header) as it was written.
    static func column(_ path: String) -> String {
        let base = String(path.prefix { $0 != "[" && $0 != "." })
        guard let label = OpportunityField.named(base)?.label else { return path }
        guard let open = path.firstIndex(of: "["), let close = path.firstIndex(of: "]"), open < close,
            let index = Int(path[path.index(after: open)..<close])
        else { return label }
        let part = path.hasSuffix(".end") ? ", last day" : path.hasSuffix(".start") ? ", first day" : ""
        return "\(label) \(index + 1)\(part)"
    }
}
