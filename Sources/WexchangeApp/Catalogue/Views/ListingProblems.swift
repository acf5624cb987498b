import Foundation
import WexchangeCore

/// The listing form's one place where the rules' precise messages (kept as they are by the API,
/// feeds and CSV: "sessions[0].end: ends (2025-02-28) before it starts", "sector: is required;
/// one of: …") become a plain sentence beside the right control: "Session 1 must end on or after
/// the day it starts", "Select a sector".
enum ListingProblems {
    struct Problem: Hashable, Sendable {
        /// The id of the control to fix (the summary links to it).
        let control: String
        let message: String
    }

    static func plain(field path: String, message: String) -> Problem {
        if let session = sessionPart(path) {
            let which = session.end ? "end" : "start"
            let control = "session_\(which)_\(session.row)"
            if message.contains("before it starts") {
                return Problem(control: control, message: "Session \(session.row) must end on or after the day it starts")
            }
            if message.contains("already ended") {
                return Problem(control: control, message: "Session \(session.row) has already ended: change its dates or remove it")
            }
            return Problem(control: control, message: "Session \(session.row) \(which) must be a real date, like 14 6 2027")
        }
        let field = OpportunityField.named(path)
        let name = field?.label ?? path
        let lowered = name.prefix(1).lowercased() + name.dropFirst()
        switch (path, field?.format) {
        case (_, _) where message.contains("now that places are"):
            // What students rely on (`OpportunityRules.changesToWhatIsReliedOn`) is already worded for people.
            return Problem(control: path == "sessions" ? "session_start_1" : path, message: PlainWords.capitalised(message))
        case ("sessions", _) where message.contains("already ended"):
            return Problem(control: "session_start_1", message: "A session has already ended: change its dates or remove it")
        case ("sessions", _):
            return Problem(control: "session_start_1", message: "Enter the dates of at least one session, or the weeks you can host")
        case ("weeks", _) where message.contains("over"):
            return Problem(control: "weeks", message: "A week you can host is already over: remove it")
        case ("weeks", _) where message.contains("not both"):
            return Problem(control: "weeks", message: "Give either fixed sessions or weeks you can host, not both")
        case ("weeks", _):
            return Problem(control: "weeks", message: "Enter each week as the date of its Monday, like 14 6 2027")
        case ("application_deadline", _) where message.contains("has passed"):
            return Problem(control: "application_deadline", message: "The apply-by date has passed: choose today or a later date")
        case ("application_deadline", _) where message.contains("on or before the first day"):
            return Problem(control: "application_deadline", message: "The apply-by date must be on or before the first day")
        case ("application_deadline", _):
            return Problem(control: "application_deadline", message: "The apply-by date must be a real date, like 1 5 2027")
        case ("capacity", _) where message.hasPrefix("is required") || message.contains("not a whole number"):
            return Problem(control: path, message: "Enter the number of places as a number, like 4")
        case ("hours_per_day", _) where message.contains("not a number"), ("days", _) where message.contains("not a whole number"):
            return Problem(control: path, message: "Enter the \(lowered) as a number, like 5")
        case (_, .choice?) where message.hasPrefix("is required"):
            return Problem(control: path, message: "Select \(article(lowered))")
        case (_, .choice?), (_, .choices?):
            return Problem(control: path, message: "Select \(article(lowered)) from the list")
        case ("years", _) where message.contains("at least one"):
            return Problem(control: "years", message: "Select at least one year group")
        case ("external_id", _) where message.contains("already"):
            return Problem(control: path, message: "You already use this reference for another listing: enter a different one")
        case ("send_other", _):
            return Problem(control: path, message: "Describe the other adjustment you offer")
        case ("send_adjustments", _) where message.contains("'other'"):
            return Problem(control: "send_adjustments", message: "Tick ‘Other’ when you describe another adjustment")
        default:
            // The rule's words after the field's name in words, without codes or formats.
            var rest = message
            if let cut = rest.range(of: "; one of:") { rest = String(rest[..<cut.lowerBound]) }
            rest = rest.replacingOccurrences(of: " (use YYYY-MM-DD)", with: "")
            let sentence = rest.hasPrefix("is required") ? "Enter the \(lowered)" + rest.dropFirst("is required".count) : "\(name) \(rest)"
            return Problem(control: path, message: PlainWords.capitalised(sentence))
        }
    }

    /// "sessions[2].end" → row 3, end.
    private static func sessionPart(_ path: String) -> (row: Int, end: Bool)? {
        guard path.hasPrefix("sessions["), let close = path.firstIndex(of: "]"),
            let index = Int(path[path.index(path.startIndex, offsetBy: 9)..<close])
        else { return nil }
        return (index + 1, path.hasSuffix(".end"))
    }

    private static func article(_ noun: String) -> String {
        if noun.hasPrefix("how") { return noun }
        return ("aeiou".contains(noun.first ?? "x") ? "an " : "a ") + noun
    }
}
