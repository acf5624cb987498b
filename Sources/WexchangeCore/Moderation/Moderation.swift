import Foundation

/// The quality-assurance loop: a provider's new or changed listing waits for a moderator unless
/// the provider is trusted. Plain functions of the listing's states, so every path (web form, API,
/// feed, CSV) reaches the same answer.
public enum Moderation {
    /// The status a listing is stored with after its provider saves `requested`.
    ///
    /// - Parameters:
    ///   - lastApproved: the content a moderator last approved (nil if never approved).
    ///   - trusted: the provider holds a current badge or an admin marked it trusted.
    public static func statusAfterSave(requested: OpportunityDetails, lastApproved: OpportunityDetails?, trusted: Bool) -> OpportunityStatus
    {
        guard requested.status == .published, !trusted else { return requested.status }
        // Re-sending exactly what was approved (a feed's nightly upsert, say) is not a change.
        if let lastApproved, lastApproved == requested { return .published }
        return .submitted
    }

    /// Why a moderator may not approve this listing, if they may not. The safeguarding rule holds
    /// here too: a placement in a private home is never published for in-person attendance.
    public static func approvalBlocker(_ details: OpportunityDetails) -> FieldError? {
        if details.privateHome, details.mode.hasPlace {
            return FieldError("private_home", "an opportunity in a private home can never be published for in-person attendance")
        }
        return nil
    }

    public static let maxReasonLength = 1_000

    /// A moderator's reason for returning a listing: required, so the provider knows what to fix.
    public static func returnReason(_ raw: String?) -> Result<String, FieldError> {
        let reason = raw?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !reason.isEmpty else { return .failure(FieldError("reason", "is required: tell the provider what to change")) }
        guard reason.count <= maxReasonLength else {
            return .failure(FieldError("reason", "must be at most \(maxReasonLength) characters"))
        }
        return .success(reason)
    }

    /// One field that differs between the last approved version and the one waiting.
    public struct Change: Hashable, Sendable {
        public let field: String
        public let before: String?
        public let after: String?
    }

    /// What changed since the last approved version, field by field (`OpportunityField.all`, named
    /// as the API names them); every field that has a value when the listing was never approved.
    /// The status is left out: it is what moderation sets.
    public static func changes(from lastApproved: OpportunityDetails?, to current: OpportunityDetails) -> [Change] {
        let before = lastApproved?.input, after = current.input
        return OpportunityField.all.compactMap { field in
            guard field.name != "status" else { return nil }
            let old = before.flatMap { field.text(of: $0) }.flatMap { $0.isEmpty ? nil : $0 }
            let new = field.text(of: after).flatMap { $0.isEmpty ? nil : $0 }
            return old == new ? nil : Change(field: field.name, before: old, after: new)
        }
    }
}
