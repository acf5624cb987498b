import Foundation
import WexchangeCore

/// The provider's listing form: every field the API takes, named as the API names them, so
/// errors from `OpportunityRules` link straight to their field.
struct ListingForm {
    static let sessionRows = 3
    /// Rows of "week commencing" dates for flexible listings.
    static let weekRows = 4

    /// Reads a posted form into the same loose input the API and feeds use, field by field
    /// (`OpportunityField.all`): each format as a form sends it (ticked boxes for choices, one line
    /// per outcome, a row per session). A value that cannot even be read as its format (letters
    /// for a number) is a problem of its own, named by field.
    static func input(from form: FormBody) -> (input: OpportunityInput, problems: [FieldError]) {
        func text(_ name: String) -> String? {
            let value = form[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return value.isEmpty ? nil : value
        }
        var input = OpportunityInput()
        var problems: [FieldError] = []
        for field in OpportunityField.all where field.name != "status" {
            let value: FieldValue?
            switch field.format {
            case .choices: value = .texts(form.all(field.name))
            case .yearGroups: value = .wholeNumbers(form.all(field.name).compactMap { Int($0) })
            case .yesNo: value = .yesNo(form[field.name] == "true")
            case .lines:
                let lines = (text(field.name) ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                value = .texts(lines.filter { !$0.isEmpty })
            case .weeks:
                // "Week commencing" dates: the ISO week each falls in (any day of it will do).
                let weeks = (1...weekRows).compactMap { row in DateInput.read("week_\(row)", from: form) }.map { typed in
                    CalendarDate(iso: typed).map { IsoWeek(containing: $0).description } ?? typed
                }
                value = weeks.isEmpty ? nil : .texts(weeks)
            case .sessions:
                let sessions = (1...sessionRows).compactMap { row -> OpportunityInput.Session? in
                    let start = DateInput.read("session_start_\(row)", from: form), end = DateInput.read("session_end_\(row)", from: form)
                    return start == nil && end == nil ? nil : .init(start: start, end: end)
                }
                value = sessions.isEmpty ? nil : .sessions(sessions)
            case .date:
                value = DateInput.read(field.name, from: form).map(FieldValue.text)
            case .line, .paragraph, .choice, .wholeNumber, .number:
                switch text(field.name).map(field.format.parse) {
                case .success(let parsed)?: value = parsed
                case .failure(let error)?:
                    problems.append(FieldError(field.name, error.message))
                    value = nil
                case nil: value = nil
                }
            }
            field.set(value, in: &input)
        }
        input.status = Intent(form[Intent.field]) == .draft ? OpportunityStatus.draft.rawValue : OpportunityStatus.published.rawValue
        return (input, problems)
    }

    let viewer: Viewer
    let action: String
    let heading: String
    let input: OpportunityInput
    var problems: [AppError.Detail] = []
    var problemMessage: String?
    /// The part to open at, after "Change" on "Check your answers".
    var focus: Section?
    /// Where a change to the published listing stands, above the form.
    var notice: String?

    /// The problems in plain words, each for the control to fix (`ListingProblems`).
    var plainProblems: [ListingProblems.Problem] {
        var seen = Set<ListingProblems.Problem>()
        return problems.map { ListingProblems.plain(field: $0.field, message: $0.message) }.filter { seen.insert($0).inserted }
    }

    /// The message beside a control, when it is to blame (the first, if several are).
    func error(_ control: String) -> String? { plainProblems.first { $0.control == control }?.message }
}
