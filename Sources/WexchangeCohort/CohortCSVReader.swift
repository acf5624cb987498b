import CSV
import WexchangeCore

/// Reads a cohort CSV: a header row naming the columns (README, "Importing students"; MIS
/// column names accepted as aliases), then one student per row.
public enum CohortCSVReader {
    public static func read(_ text: String, today: CalendarDate) throws -> CohortFile {
        let reader: CSVReader
        do {
            // Cells are trimmed by each field's reader (Foundation's trimming was a tenth of the time).
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: false)
        } catch {
            throw CohortFailure(problems: [CohortProblem(place: .line(1), field: nil, message: "the file is not CSV: \(error)")])
        }
        let header = reader.headerRow ?? []
        var problems: [CohortProblem] = []
        var columns: [StudentField?] = []
        var ignored: [String] = []
        var seen: [StudentField: String] = [:]
        for name in header {
            let field = StudentField.named(name)
            if let field {
                if let earlier = seen[field] {
                    problems.append(
                        CohortProblem(
                            place: .line(1), field: name,
                            message: "and \(earlier) are both the \(field.label.lowercased()) column: keep one"))
                }
                seen[field] = name
            } else if !name.trimmingWhitespace.isEmpty {
                ignored.append(name.trimmingWhitespace)
            }
            columns.append(field)
        }
        for field in StudentField.required where seen[field] == nil {
            problems.append(
                CohortProblem(
                    place: .line(1), field: field.name,
                    message: "column is missing from the header (also accepted: \(field.aliases.joined(separator: ", ")))"))
        }
        guard problems.isEmpty else { throw CohortFailure(problems: problems) }

        let upnColumn = columns.firstIndex(of: .upn)!
        var rows: [CohortRow] = []
        // Physical line numbers, as an editor shows them: a quoted value with line breaks in it
        // spans several lines.
        var nextLine = 2 + header.reduce(0) { $0 + $1.lineBreakCount }
        while let cells = reader.next() {
            let line = nextLine
            nextLine += 1 + cells.reduce(0) { $0 + $1.lineBreakCount }
            if cells.allSatisfy({ $0.trimmingWhitespace.isEmpty }) { continue }
            var record = StudentRecord.blank
            let before = problems.count
            for (cell, field) in zip(cells, columns) {
                guard let field else { continue }
                if let error = field.read(cell, into: &record, today: today) {
                    problems.append(CohortProblem(place: .line(line), field: error.field, message: error.message))
                }
            }
            if cells.count < columns.count {
                for field in columns[cells.count...].compactMap({ $0 }) where StudentField.required.contains(field) {
                    problems.append(CohortProblem(place: .line(line), field: field.name, message: "is missing (the row is short)"))
                }
            }
            if problems.count > before {
                let upn = upnColumn < cells.count ? cells[upnColumn].trimmingWhitespace : ""
                for index in before..<problems.count where !upn.isEmpty { problems[index].upn = upn }
                continue
            }
            rows.append(CohortRow(place: .line(line), record: record))
        }
        guard problems.isEmpty else { throw CohortFailure(problems: problems) }
        return try CohortFile(format: .csv, rows: rows, given: Set(seen.keys), ignoredColumns: ignored)
    }
}
