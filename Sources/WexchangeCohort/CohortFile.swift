import WexchangeCore

/// A school's cohort as read from one file (CSV or Common Transfer File), every row checked.
public struct CohortFile: Sendable {
    public enum Format: String, Sendable {
        case csv = "CSV"
        case ctf = "Common Transfer File"
    }

    public let format: Format
    public let rows: [CohortRow]
    /// The fields the file carries: an import changes only these, and keeps what staff or
    /// students set in the others (a CTF has no interests or travel distance).
    public let given: Set<StudentField>
    /// Columns the file has that Wexchange does not keep (a MIS export has many); listed in
    /// the preview so that a misspelt column does not pass unseen.
    public let ignoredColumns: [String]
    /// What the file says about itself (the CTF's version and source school), for the preview.
    public let source: String?

    /// Checks what every reader shares: at least one row, and no UPN twice.
    public init(format: Format, rows: [CohortRow], given: Set<StudentField>, ignoredColumns: [String] = [], source: String? = nil) throws {
        var problems: [CohortProblem] = []
        if rows.isEmpty {
            problems.append(CohortProblem(place: .file, field: nil, message: "has no students in it"))
        }
        var firstPlace: [UPN: CohortPlace] = [:]
        for row in rows {
            if let earlier = firstPlace[row.record.upn] {
                problems.append(
                    CohortProblem(place: row.place, field: StudentField.upn.name, message: "\(row.record.upn) is also on \(earlier)"))
            } else {
                firstPlace[row.record.upn] = row.place
            }
        }
        guard problems.isEmpty else { throw CohortFailure(problems: problems) }
        self.format = format
        self.rows = rows
        self.given = given
        self.ignoredColumns = ignoredColumns
        self.source = source
    }
}

/// One student as a file describes them, and where in the file.
public struct CohortRow: Sendable {
    public let place: CohortPlace
    public let record: StudentRecord

    public init(place: CohortPlace, record: StudentRecord) {
        self.place = place
        self.record = record
    }
}

/// Where a row is: a CSV's physical line, or a CTF's pupil by position.
public enum CohortPlace: Hashable, Sendable, CustomStringConvertible {
    case file
    case line(Int)
    case pupil(Int)

    public var description: String {
        switch self {
        case .file: "the file"
        case .line(let line): "line \(line)"
        case .pupil(let index): "pupil \(index)"
        }
    }
}

/// One thing wrong with a cohort file: where, which field, what.
public struct CohortProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public let place: CohortPlace
    /// The UPN as written, when the row has one, so the school can find the pupil in its MIS.
    public var upn: String?
    public let field: String?
    public let message: String

    public init(place: CohortPlace, upn: String? = nil, field: String?, message: String) {
        self.place = place
        self.upn = upn
        self.field = field
        self.message = message
    }

    public var description: String {
        "\(place)\(upn.map { " (UPN \($0))" } ?? ""): \(field.map { "\($0) " } ?? "")\(message)"
    }
}

/// Every problem in a file: one is enough to refuse it, all are listed so it is fixed in one go.
public struct CohortFailure: Error, Sendable, CustomStringConvertible {
    public let problems: [CohortProblem]

    public init(problems: [CohortProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

extension StudentRecord {
    /// The record a reader fills in, field by field; the required fields are checked to be given.
    static var blank: StudentRecord {
        StudentRecord(upn: UPN(stored: ""), legalSurname: "", legalForename: "", dateOfBirth: CalendarDate(dayNumber: 0), year: 7)
    }
}
