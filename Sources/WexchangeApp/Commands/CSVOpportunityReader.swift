import CSV
import Foundation
import WexchangeCore

/// Reads listings from a CSV file with the documented header (see README, "Importing a CSV").
/// Lists use `;` between items; sessions are `START/END` date pairs. Rows that cannot even be
/// read (a number that is not one) are reported with their line numbers, like invalid rows.
public enum CSVOpportunityReader {
    public static let columns = [
        "external_id", "title", "summary", "description", "type", "mode", "sector", "stage", "years", "address", "postcode",
        "capacity", "hours_per_day", "days", "sessions", "weeks", "application_deadline", "subjects", "outcomes", "skills",
        "send_adjustments", "send_other", "supervisor_dbs_checked", "private_home", "status",
    ]
    static let requiredColumns: Set<String> = ["external_id", "title", "summary", "type", "mode", "sector", "stage", "years", "capacity", "hours_per_day", "days"]

    public struct Failure: Error, CustomStringConvertible {
        public let problems: [AppError.Detail]
        public var description: String {
            problems.map { "line \($0.line ?? 0)\($0.externalId.map { " (\($0))" } ?? ""): \($0.field) \($0.message)" }.joined(separator: "\n")
        }
    }

    static func read(_ text: String) throws -> [FeedImport.Item] {
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

        var items: [FeedImport.Item] = []
        // Physical line numbers, 1-based: a quoted value with line breaks in it spans several
        // lines, so the next row starts that many lines further on.
        var nextLine = 2 + header.reduce(0) { $0 + Self.lineBreaks(in: $1) }
        while let row = reader.next() {
            let line = nextLine
            nextLine += 1 + row.reduce(0) { $0 + Self.lineBreaks(in: $1) }
            if row.allSatisfy(\.isEmpty) { continue }
            func field(_ name: String) -> String? {
                guard let index = header.firstIndex(of: name), index < row.count, !row[index].isEmpty else { return nil }
                return row[index]
            }
            func list(_ name: String) -> [String]? {
                field(name).map { $0.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            }
            func number<T: LosslessStringConvertible>(_ name: String, _: T.Type, _ what: String) -> T? {
                guard let text = field(name) else { return nil }
                guard let value = T(text) else {
                    problems.append(.init(line: line, externalId: field("external_id"), field: name, message: "'\(text)' is not \(what)"))
                    return nil
                }
                return value
            }
            func flag(_ name: String) -> Bool? {
                guard let text = field(name) else { return nil }
                guard let value = BooleanText.parse(text) else {
                    problems.append(.init(line: line, externalId: field("external_id"), field: name,
                                          message: "'\(text)' is not \(BooleanText.allowed)"))
                    return nil
                }
                return value
            }
            var input = OpportunityInput()
            input.externalId = field("external_id")
            input.title = field("title")
            input.summary = field("summary")
            input.description = field("description")
            input.type = field("type")
            input.mode = field("mode")
            input.sector = field("sector")
            input.stage = field("stage")
            input.years = list("years")?.compactMap { text in
                guard let year = Int(text) else {
                    problems.append(.init(line: line, externalId: input.externalId, field: "years", message: "'\(text)' is not a year group"))
                    return nil
                }
                return year
            }
            input.address = field("address")
            input.postcode = field("postcode")
            input.capacity = number("capacity", Int.self, "a whole number")
            input.hoursPerDay = number("hours_per_day", Double.self, "a number of hours")
            input.days = number("days", Int.self, "a whole number of days")
            input.sessions = list("sessions")?.map { pair in
                let parts = pair.split(separator: "/", maxSplits: 1).map(String.init)
                return .init(start: parts.first, end: parts.count > 1 ? parts[1] : parts.first)
            }
            input.weeks = list("weeks")
            input.applicationDeadline = field("application_deadline")
            input.subjects = list("subjects")
            input.outcomes = list("outcomes")
            input.skills = list("skills")
            input.sendAdjustments = list("send_adjustments")
            input.sendOther = field("send_other")
            input.supervisorDbsChecked = flag("supervisor_dbs_checked")
            input.privateHome = flag("private_home")
            input.status = field("status")
            items.append(FeedImport.Item(input: input, index: items.count, line: line))
        }
        guard problems.isEmpty else { throw Failure(problems: problems) }
        return items
    }

    /// Line breaks inside a value (CR LF counts once).
    static func lineBreaks(in value: String) -> Int {
        value.unicodeScalars.reduce(into: (count: 0, previous: Unicode.Scalar(0))) { state, scalar in
            if scalar == "\n" && state.previous != "\r" || scalar == "\r" { state.count += 1 }
            state.previous = scalar
        }.count
    }

    /// Imports `fileURL` for `providerID`: every row is checked first; one bad row rejects the file.
    public static func importFile(_ fileURL: URL, providerID: UUID, services: AppServices, full: Bool = false,
                                  progress: (@Sendable (String) -> Void)? = nil) async throws -> (created: Int, updated: Int, unchanged: Int, closed: Int) {
        guard try await ProviderModel.find(providerID, on: services.storage.database) != nil else {
            throw AppError(.badRequest, code: "unknown_provider", message: "there is no provider with id \(providerID.uuidString.lowercased())",
                           field: "provider")
        }
        let text = try String(contentsOf: fileURL, encoding: .utf8)
        progress?("Reading \(fileURL.lastPathComponent)")
        let items = try read(text)
        progress?("Checking \(items.count) rows")
        let report: FeedImport.Report
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
