import Foundation
import WexchangeCohort
import WexchangeCore

/// `wexchange import students`: the same preview and all-or-nothing import as the careers
/// leader's upload page, for a school's data manager or a scheduled export.
public enum StudentImportCommands {
    /// What was written: nil for a dry run, or when the file changes nothing.
    public struct Outcome: Sendable {
        public let written: String?
    }

    /// How many changes of each kind the preview lists before "and N more".
    static let listedChanges = 20

    /// Previews importing `fileURL` into the school with `urn` (the preview's lines go to `show`
    /// before anything is written), and imports it unless `dryRun`. Throws `CohortFailure` (every
    /// bad row) or `AppError` (no such school).
    public static func run(
        _ fileURL: URL, urn: Int, full: Bool, dryRun: Bool, services: AppServices, show: ([String]) -> Void,
        progress: (@Sendable (String) -> Void)? = nil
    ) async throws -> Outcome {
        let importer = services.studentImport
        let school = try await importer.school(urn: urn)
        progress?("Reading \(fileURL.lastPathComponent)")
        let data = try Data(contentsOf: fileURL)
        let preview = try await importer.preview(data, schoolId: try school.requireID(), full: full)
        show(describe(preview, school: school.name))
        guard !dryRun, preview.plan.changesSomething else { return Outcome(written: nil) }
        let report = try await importer.apply(
            preview.file, schoolId: try school.requireID(), full: full, by: .commandLine, progress: progress)
        return Outcome(
            written: "imported: \(report.new) new, \(report.updated) updated, \(report.unchanged) unchanged, \(report.left) left")
    }

    static func describe(_ preview: StudentImportService.Preview, school: String) -> [String] {
        let file = preview.file, plan = preview.plan
        var lines = [
            "\(file.rows.count) students in the file (\(file.format.rawValue)\(file.source.map { ", \($0)" } ?? "")) for \(school)"
        ]
        if !file.ignoredColumns.isEmpty { lines.append("columns not kept: \(file.ignoredColumns.joined(separator: ", "))") }
        lines.append("\(plan.new.count) new, \(plan.updated.count) updated, \(plan.unchanged) unchanged, \(plan.left.count) left")
        func list<T>(_ title: String, _ items: [T], _ line: (T) -> String) {
            guard !items.isEmpty else { return }
            lines.append("\(title):")
            lines += items.prefix(listedChanges).map { "  " + line($0) }
            if items.count > listedChanges { lines.append("  … and \(items.count - listedChanges) more") }
        }
        list("new", plan.new) { "\($0.displayName) (Year \($0.year))" }
        list("updated", plan.updated) { update in
            "\(update.record.displayName): "
                + update.changes.map {
                    "\($0.what) \($0.before.isEmpty ? "(none)" : $0.before) → \($0.after.isEmpty ? "(none)" : $0.after)"
                }.joined(separator: "; ")
        }
        list("left", plan.left) { "\($0.record.displayName) (Year \($0.record.year))" }
        return lines
    }
}
