import Foundation
import WexchangeCore

/// One student's record, as the school keeps it: the UPN and personal details appear here and
/// on no page outside the school's own records. Staff make a new sign-in code and invite a
/// parent or carer from it.
struct StudentPage {
    let viewer: Viewer
    let studentId: UUID
    let record: StudentRecord
    let hasAccount: Bool
    let leftAt: Date?
    /// The viewer is staff of the student's school, who make codes and invite parents (the
    /// student and their parents see the record, not these forms).
    var managesAccess = false
    /// The account signs in with a name from a printed sheet, not an email address.
    var signsInWithCode = false
    /// The parent invitation as typed, when it is shown again with its problem.
    var invite: InvitationService.Invite?
    var problem: FormProblem?
    var notice: String?
    /// For the school's staff: the rounds open for choices the student may rank in.
    var openRounds: [RoundService.OpenRound] = []

    /// Every field the school keeps, in the order of `StudentField`, labelled for people.
    var rows: [SummaryList.Row] {
        StudentField.allCases.filter { $0.disadvantageReason == nil }.map { field in
            let text = field == .dateOfBirth ? DateStyle.day(record.dateOfBirth) : field.text(of: record)
            return SummaryList.Row(key: field.label, value: text.isEmpty ? nil : text)
        } + [
            SummaryList.Row(
                key: "Disadvantaged",
                value: record.isDisadvantaged ? record.disadvantage.map(\.label).joined(separator: "\n") : "No"),
            SummaryList.Row(
                key: "Account",
                value: hasAccount
                    ? (signsInWithCode ? "Signs in with a name from a sign-in sheet" : "Has a Wexchange account") : "No account yet"),
            SummaryList.Row(key: "On roll", value: leftAt.map { "Left (marked on \(DateStyle.moment($0)))" } ?? "Yes"),
        ]
    }
}
