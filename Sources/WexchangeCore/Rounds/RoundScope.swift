import Foundation

/// Whose students and places an allocation round shares out (rounds issue, "Allocation round").
public enum RoundScope: String, CaseIterable, Sendable, Codable {
    /// One school's students, for places pledged to that school.
    case school
    /// The schools of one Careers Hub, for in-person places in its area.
    case hub
    /// Every school, for virtual places: the national virtual pool, run by national admins.
    case national

    public var label: String {
        switch self {
        case .school: "School round"
        case .hub: "Careers Hub round"
        case .national: "National virtual pool"
        }
    }

    /// The kind of organisation that runs a round of this scope (none for the national pool).
    public var organisationKind: OrganisationKind {
        switch self {
        case .school: .school
        case .hub: .careersHub
        case .national: .nationalConvenor
        }
    }
}

/// Where a round is in its life. Settings are fixed once preferences open, so every student ranks
/// under the same rules, and nothing of a published round's results changes except by offers.
public enum RoundState: String, CaseIterable, Sendable, Codable {
    /// Being set up: settings may change; providers pledge places.
    case draft
    /// Students rank the round's opportunities between the opening and closing dates.
    case preferencesOpen = "preferences_open"
    /// Run: the staff running it review the results before anyone else sees them.
    case resultsReady = "results_ready"
    /// Offers made to students.
    case published

    public var label: String {
        switch self {
        case .draft: "Being set up"
        case .preferencesOpen: "Preferences open"
        case .resultsReady: "Results ready for review"
        case .published: "Offers made"
        }
    }

    /// Providers may pledge places (or withdraw them) until the round has run.
    public var acceptsPledges: Bool { self == .draft || self == .preferencesOpen }
}
