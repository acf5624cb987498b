import CSV
import Foundation
import WexchangeCore

/// Reads listings from a CSV file with the documented header (see README, "Importing a CSV").
/// Lists use `;` between items; sessions are `START/END` date pairs. Rows that cannot even be
/// read (a number that is not one) are reported with their line numbers, like invalid rows.
public enum CSVImportService {
    /// The columns: every listing field (`OpportunityField.all`), by its API name.
    public static var columns: [String] { OpportunityField.all.map(\.name) }
    /// A CSV row is a feed item: it needs its own reference, and every field a listing requires.
    static var requiredColumns: Set<String> {
        Set(OpportunityField.all.filter { $0.requirement == .required }.map(\.name) + ["external_id"])
    }

    public struct Failure: Error, CustomStringConvertible {
        public let problems: [AppError.Detail]
        public var description: String {
            problems.map { "line \($0.line ?? 0)\($0.externalId.map { " (\($0))" } ?? ""): \($0.field) \($0.message)" }.joined(
                separator: "\n")
        }
    }

    static func read(_ text: String) throws -> [FeedImportService.Item] {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true)
        } catch {
            throw Failure(problems: [.init(line: 1, field: "header", message: "the file is not CSV: \(error)")])
        }
        let header = reader.headerRow ?? []
        var problems: [AppError.Detail] = []
        for name in header where !columns.contains(name) {
            problems.append(.init(line: 1, field: name, message: "is not a known column; columns are: \(columns.joined(separator: ", "))"))
        }
        for name in requiredColumns.subtracting(header).sorted() {
            problems.append(.init(line: 1, field: name, message: "column is missing from the header"))
        }
        guard problems.isEmpty else { throw Failure(problems: problems) }
        let fields = header.map { OpportunityField.named($0)! }

        var items: [FeedImportService.Item] = []
        // Physical line numbers, 1-based: a quoted value with line breaks in it spans several
        // lines, so the next row starts that many lines further on.
        var nextLine = 2 + header.reduce(0) { $0 + $1.lineBreakCount }
        while let row = reader.next() {
            let line = nextLine
            nextLine += 1 + row.reduce(0) { $0 + $1.lineBreakCount }
            if row.allSatisfy(\.isEmpty) { continue }
            var input = OpportunityInput()
            for (column, field) in zip(row, fields) where !column.isEmpty {
                switch field.format.parse(column) {
                case .success(let value): field.set(value, in: &input)
                case .failure(let error): problems.append(.init(line: line, externalId: nil, field: field.name, message: error.message))
                }
            }
            for index in problems.indices where problems[index].line == line { problems[index].externalId = input.externalId }
            items.append(FeedImportService.Item(input: input, index: items.count, line: line))
        }
        guard problems.isEmpty else { throw Failure(problems: problems) }
        return items
    }

    /// Imports `fileURL` for `providerID`: every row is checked first; one bad row rejects the file.
    public static func importFile(
        _ fileURL: URL, providerID: UUID, services: AppServices, full: Bool = false,
        progress: (@Sendable (String) -> Void)? = nil
    ) async throws -> (created: Int, updated: Int, unchanged: Int, closed: Int) {
        guard try await ProviderModel.find(providerID, on: services.storage.database) != nil else {
            throw AppError(
                .badRequest, code: "unknown_provider", message: "there is no provider with id \(providerID.uuidString.lowercased())",
                field: "provider")
        }
        let text = try String(contentsOf: fileURL, encoding: .utf8)
        progress?("Reading \(fileURL.lastPathComponent)")
        let items = try read(text)
        progress?("Checking \(items.count) rows")
        let report: FeedImportService.Report
        do {
            report = try await services.feeds.apply(providerID: providerID, items: items, full: full, source: "csv") { done, total in
                if done % 500 == 0 || done == total { progress?("  \(done) of \(total) rows written") }
            }
        } catch let error as AppError where !error.details.isEmpty {
            throw Failure(problems: error.details)
        }
        return (report.created, report.updated, report.unchanged, report.closed)
    }
}
