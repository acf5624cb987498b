import Foundation

/// The one place where the API's precise error messages ("password must be at least 10
/// characters", "email is required") become the sentences a page shows beside a field
/// ("Password must be at least 10 characters"): the field's id becomes its name in words, "is
/// required" becomes "Enter …", and the sentence starts with a capital. The API keeps its codes,
/// field paths and messages unchanged.
enum PlainWords {
    /// Each form field's name in words, as a sentence would start with it.
    static let fieldNames: [String: String] = [
        "email": "Email address",
        "password": "Password",
        "current_password": "Current password",
        "label": "The token's name",
        "name": "Name",
        "role": "Role",
        "year": "Year group",
        "student_email": "The student's email address",
        "membership_id": "Role",
        "reason": "The reason",
        "stars": "The rating",
        "comment": "The comment",
        "provider": "The provider",
        "expires": "The expiry date",
        "evidence": "The evidence",
    ]

    static func sentence(_ message: String, field: String?) -> String {
        var text = message
        if let field, let name = fieldNames[field] {
            for prefix in ["\(field): ", "\(field) "] where text.hasPrefix(prefix) {
                // Dates are typed as day, month and year on pages, so the API's ISO format is no help.
                let rest = text.dropFirst(prefix.count).replacingOccurrences(of: " (YYYY-MM-DD)", with: "")
                if rest.contains("is not a date") {
                    text = "\(name) must be a real date, like 31 3 2028"
                } else if rest.hasPrefix("is required") {
                    // "is required (YYYY-MM-DD)" → "Enter the expiry date (YYYY-MM-DD)".
                    text = "Enter \(name.prefix(1).lowercased() + name.dropFirst())\(rest.dropFirst("is required".count))"
                } else {
                    text = "\(name) \(rest)"
                }
                break
            }
        }
        return capitalised(text)
    }

    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
