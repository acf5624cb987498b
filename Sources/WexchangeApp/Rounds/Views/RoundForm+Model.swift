import Foundation
import WexchangeCore
import WexchangeMatching

/// Setting up a round: its name, when students choose, by when they answer, how many places
/// they may rank and who goes first. Checked all at once by `RoundSettings.validate`, the same
/// rules as the API's.
struct RoundForm {
    let viewer: Viewer
    /// The scope the reader's role sets up (a hub may put its own schools' students first).
    let scope: RoundScope
    var input = RoundInput(priority: PriorityCriterion.defaultOrder.map(\.rawValue), preferenceLimit: RoundSettings.defaultPreferenceLimit)
    /// What was typed in the choices box, shown again as it came when it is not a number.
    var limitText = String(RoundSettings.defaultPreferenceLimit)
    var problems: [FieldError] = []

    var title: String { "Set up a \(scope == .national ? "national virtual pool round" : scope.label.lowercased())" }

    /// The groups this scope may put first, in the order offered.
    var criteria: [PriorityCriterion] {
        PriorityCriterion.allCases.filter { $0 != .local || scope == .hub }
    }

    /// The form field of the `position`th priority (from 1).
    static func priorityField(_ position: Int) -> String { "priority-\(position)" }

    func problem(_ field: String) -> String? { problems.first { $0.field == field }?.message }

    /// The round as the form sent it, and the form's own problems (a group chosen twice, a
    /// number of choices that is not a number); the rules check the rest.
    static func read(_ body: FormBody, scope: RoundScope) -> (input: RoundInput, limitText: String, problems: [FieldError]) {
        var problems: [FieldError] = []
        var priority: [String] = []
        for position in 1...PriorityCriterion.allCases.count {
            guard let value = body[priorityField(position)], !value.isEmpty else { continue }
            guard let criterion = PriorityCriterion(rawValue: value) else {
                problems.append(FieldError(priorityField(position), "Choose a group from the list"))
                continue
            }
            if priority.contains(value) {
                problems.append(FieldError(priorityField(position), "“\(criterion.groupName)” is chosen twice: choose each group once"))
            } else {
                priority.append(value)
            }
        }
        let limitText = (body["preference_limit"] ?? "").trimmingCharacters(in: .whitespaces)
        var limit: Int? = RoundSettings.defaultPreferenceLimit
        if !limitText.isEmpty {
            limit = Int(limitText)
            if limit == nil {
                problems.append(FieldError("preference_limit", "Enter how many places a student may rank as a number, like 10"))
            }
        }
        let input = RoundInput(
            name: body["name"], priority: priority, preferenceLimit: limit ?? RoundSettings.defaultPreferenceLimit,
            preferencesOpen: DateInput.read("preferences_open", from: body),
            preferencesClose: DateInput.read("preferences_close", from: body), offerDeadline: DateInput.read("offer_deadline", from: body))
        return (input, limitText, problems)
    }

    /// Problems in the order of the form's fields, so the summary reads top to bottom.
    static func inFormOrder(_ problems: [FieldError]) -> [FieldError] {
        let order =
            ["name", "preferences_open", "preferences_close", "offer_deadline", "preference_limit"]
            + (1...PriorityCriterion.allCases.count).map(priorityField)
        return problems.enumerated().sorted { a, b in
            let (x, y) = (order.firstIndex(of: a.element.field) ?? order.count, order.firstIndex(of: b.element.field) ?? order.count)
            return x == y ? a.offset < b.offset : x < y
        }.map(\.element)
    }

    /// The rules' problems on the form's fields (the priority order's on its first list).
    static func onFields(_ errors: [FieldError]) -> [FieldError] {
        errors.map { $0.field == "priority" ? FieldError(priorityField(1), $0.message) : $0 }
    }
}
