import Foundation

/// What a badge grant must say: a name, an expiry from today to five years ahead, and an
/// optional note of the evidence seen. Revoking needs a reason.
public enum BadgeRules {
    public static let maxNameLength = 100
    public static let maxEvidenceLength = 2_000
    public static let maxYearsAhead = 5

    public struct Grant: Sendable, Hashable {
        public let name: String
        public let expires: CalendarDate
        public let evidence: String?
    }

    public static func grant(
        name rawName: String?, expires rawExpires: String?, evidence rawEvidence: String?,
        today: CalendarDate
    ) -> Result<Grant, ValidationFailure> {
        var errors: [FieldError] = []
        let name = rawName?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if name.isEmpty { errors.append(FieldError("name", "is required (e.g. Careers quality award)")) }
        if name.count > maxNameLength { errors.append(FieldError("name", "must be at most \(maxNameLength) characters")) }
        let expiresText = rawExpires?.trimmingCharacters(in: .whitespaces) ?? ""
        let expires = CalendarDate(iso: expiresText)
        if expires == nil {
            errors.append(
                FieldError("expires", expiresText.isEmpty ? "is required (YYYY-MM-DD)" : "'\(expiresText)' is not a date (YYYY-MM-DD)"))
        } else if let expires, expires < today {
            errors.append(FieldError("expires", "\(expires) is in the past; a badge must count from today"))
        } else if let expires, expires > today.adding(days: 366 * maxYearsAhead) {
            errors.append(FieldError("expires", "must be within \(maxYearsAhead) years; reassess before then"))
        }
        let evidence = rawEvidence?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let evidence, evidence.count > maxEvidenceLength {
            errors.append(FieldError("evidence", "must be at most \(maxEvidenceLength) characters"))
        }
        guard errors.isEmpty, let expires else { return .failure(ValidationFailure(errors)) }
        return .success(Grant(name: name, expires: expires, evidence: evidence?.isEmpty == false ? evidence : nil))
    }

    public static func revokeReason(_ raw: String?) -> Result<String, FieldError> {
        let reason = raw?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !reason.isEmpty else { return .failure(FieldError("reason", "is required: say why the badge is revoked")) }
        guard reason.count <= 1_000 else { return .failure(FieldError("reason", "must be at most 1000 characters")) }
        return .success(reason)
    }
}
