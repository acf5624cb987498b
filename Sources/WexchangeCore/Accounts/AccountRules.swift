import Foundation

/// What a new or changed account must satisfy, checked before anything is stored. Messages name
/// the field as forms and the API spell it.
public enum AccountRules {
    public static let minPasswordLength = 10
    /// bcrypt reads only the first 72 bytes; a longer password would silently be truncated.
    public static let maxPasswordBytes = 72
    public static let maxNameLength = 100
    public static let maxEmailLength = 254

    /// A few passwords every attacker tries first (NCSC advice: block the obvious, don't demand symbols).
    static let commonPasswords: Set<String> = [
        "password123", "password1234", "1234567890", "0123456789", "qwertyuiop", "iloveyou12",
        "letmein123", "welcome123", "administrator", "passw0rd123", "wexchange123", "changeme123",
    ]

    /// Trimmed and lower-cased, or the reason it cannot be an email address.
    public static func email(_ raw: String, field: String = "email") -> Result<String, FieldError> {
        let email = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard !email.isEmpty else { return .failure(FieldError(field, "is required")) }
        guard email.count <= maxEmailLength, parts.count == 2, !parts[0].isEmpty,
            parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            !email.contains(where: { $0.isWhitespace || $0 == "," || $0 == "<" || $0 == ">" })
        else {
            return .failure(FieldError(field, "'\(raw)' is not an email address (expected e.g. name@school.org.uk)"))
        }
        return .success(email)
    }

    /// Checks a chosen password; the message never repeats the password.
    public static func password(_ password: String, email: String? = nil, field: String = "password") -> FieldError? {
        if password.count < minPasswordLength {
            return FieldError(field, "must be at least \(minPasswordLength) characters")
        }
        if password.utf8.count > maxPasswordBytes {
            return FieldError(field, "must be at most \(maxPasswordBytes) bytes (about \(maxPasswordBytes) letters)")
        }
        let lowered = password.lowercased()
        if commonPasswords.contains(lowered) || Set(lowered).count < 4 {
            return FieldError(field, "is too easy to guess; try three random words")
        }
        if let email, let local = email.split(separator: "@").first, lowered.contains(local.lowercased()), local.count >= 4 {
            return FieldError(field, "must not contain your email address")
        }
        return nil
    }

    /// A person's display name: trimmed, 1 to 100 characters, on one line.
    public static func name(_ raw: String, field: String = "name") -> Result<String, FieldError> {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { return .failure(FieldError(field, "is required")) }
        guard name.count <= maxNameLength else { return .failure(FieldError(field, "must be at most \(maxNameLength) characters")) }
        guard !name.contains(where: \.isNewline) else { return .failure(FieldError(field, "must be on one line")) }
        return .success(name)
    }

    /// A student's year group: students' own accounts are for Years 7–13.
    public static func studentYear(_ year: Int?, field: String = "year") -> FieldError? {
        guard let year else { return FieldError(field, "is required for a student (7 to 13)") }
        return YearGroup.range.contains(year) ? nil : FieldError(field, "\(year) is outside Years 7–13")
    }

    /// A website address: http or https, with a host, on one line.
    public static func website(_ raw: String, field: String = "website") -> Result<String, FieldError> {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let url = URLComponents(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
            let host = url.host, host.contains("."), !text.contains(where: { $0.isWhitespace })
        else {
            return .failure(FieldError(field, "'\(raw)' is not a website address (expected e.g. https://www.example.co.uk)"))
        }
        return .success(text)
    }
}
