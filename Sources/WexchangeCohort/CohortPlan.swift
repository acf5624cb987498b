import WexchangeCore

/// What importing a file would do to a school's students, worked out before anything is
/// written: the preview shows it, and the import carries out exactly this.
public struct CohortPlan: Sendable {
    /// A student already stored, by the id storage gave them.
    public struct Stored: Sendable {
        public let id: Key
        public let record: StudentRecord

        public init(id: Key, record: StudentRecord) {
            self.id = id
            self.record = record
        }
    }

    public typealias Key = String

    public struct Change: Hashable, Sendable {
        /// What changed, in words: a field's label, or "Roll" for leaving and returning.
        public let what: String
        public let before: String
        public let after: String
    }

    public struct Update: Sendable {
        public let id: Key
        public let record: StudentRecord
        public let changes: [Change]
    }

    public private(set) var new: [StudentRecord] = []
    public private(set) var updated: [Update] = []
    public private(set) var unchanged = 0
    /// Students marked as having left (with `full`): on the roll before, absent from the file.
    public private(set) var left: [Update] = []

    /// - Parameter full: students of the file's year groups who are stored but absent from the
    ///   file are marked as having left (never deleted). Only those year groups: a full CTF is
    ///   usually one year group, and must not mark the rest of the school as gone.
    public init(file: CohortFile, stored: [Stored], full: Bool) {
        let byUPN = Dictionary(stored.map { ($0.record.upn, $0) }, uniquingKeysWith: { first, _ in first })
        let fields = StudentField.allCases.filter { file.given.contains($0) }
        for row in file.rows {
            guard let existing = byUPN[row.record.upn] else {
                new.append(row.record)
                continue
            }
            var merged = existing.record
            for field in fields { field.copy(from: row.record, to: &merged) }
            merged.hasLeft = false
            var changes = fields.compactMap { field -> Change? in
                let before = field.text(of: existing.record), after = field.text(of: merged)
                return before == after ? nil : Change(what: field.label, before: before, after: after)
            }
            if existing.record.hasLeft { changes.append(Change.returned) }
            if changes.isEmpty {
                unchanged += 1
            } else {
                updated.append(Update(id: existing.id, record: merged, changes: changes))
            }
        }
        guard full else { return }
        let inFile = Set(file.rows.map(\.record.upn))
        let years = Set(file.rows.map(\.record.year))
        for student in stored where !student.record.hasLeft && years.contains(student.record.year) && !inFile.contains(student.record.upn) {
            var record = student.record
            record.hasLeft = true
            left.append(Update(id: student.id, record: record, changes: [Change.leaving]))
        }
    }

    /// Whether carrying the plan out would change anything.
    public var changesSomething: Bool { !new.isEmpty || !updated.isEmpty || !left.isEmpty }
}

extension CohortPlan.Change {
    /// A student marked as left who is in the file again.
    static let returned = Self(what: "Roll", before: "Left", after: "On roll")
    static let leaving = Self(what: "Roll", before: "On roll", after: "Left")
}
