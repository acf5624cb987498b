import Foundation
import WexchangeCore

/// A student's ranked choices in a round, made by them or by their school's staff for them: one
/// list per choice (1st, 2nd, …) of the opportunities they can choose, and below, those they
/// cannot with why.
struct ChoicesForm {
    let viewer: Viewer
    let choosing: RoundChoices.Choosing
    /// Whether the reader is the student (the page speaks to them) or staff choosing for them.
    let forStudent: Bool
    /// Opportunity ids as the form shows them, first first: the stored choices, or what was sent.
    var chosen: [String]
    var saved = false
    var problems: [FieldError] = []

    init(viewer: Viewer, choosing: RoundChoices.Choosing, forStudent: Bool) {
        self.viewer = viewer
        self.choosing = choosing
        self.forStudent = forStudent
        chosen = choosing.chosen.map(\.uuidString)
    }

    var title: String { forStudent ? "Your choices" : "Choices for \(choosing.studentName)" }

    /// The form field of the `slot`th choice (from 1).
    static func field(_ slot: Int) -> String { "choice-\(slot)" }

    func label(_ slot: Int) -> String {
        forStudent ? "Your \(Ordinal.text(slot)) choice" : "\(Ordinal.text(slot)) choice"
    }

    func problem(_ slot: Int) -> String? { problems.first { $0.field == Self.field(slot) }?.message }

    /// The choices the form sent, first first, with the gaps closed up (a 3rd choice with no 2nd
    /// becomes the 2nd), so that the form shown again and its problems count the same way.
    static func read(_ body: FormBody, slots: Int) -> (choices: [UUID], shown: [String], problems: [FieldError]) {
        let shown = (1...slots).compactMap { slot in
            body[field(slot)].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        guard !shown.isEmpty else {
            return ([], [], [FieldError(field(1), "Choose at least your 1st choice")])
        }
        var problems: [FieldError] = []
        let choices = shown.enumerated().compactMap { index, value in
            guard let id = UUID(uuidString: value) else {
                problems.append(FieldError(field(index + 1), "Choose your \(Ordinal.text(index + 1)) choice from the list"))
                return nil as UUID?
            }
            return id
        }
        return (choices, shown, problems)
    }

    /// The service's problems (`choices[0]`, or `choices` for the list) on the form's fields.
    static func onFields(_ errors: [FieldError]) -> [FieldError] {
        errors.map { error in
            let index = error.field.hasPrefix("choices[") ? Int(error.field.dropFirst(8).dropLast()) ?? 0 : 0
            return FieldError(field(index + 1), error.message)
        }
    }
}
