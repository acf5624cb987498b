import Foundation

/// The accessibility statement (the Public Sector Bodies Accessibility Regulations 2018 ask for
/// one): how accessible the service is, what is known not to be, and how to report a problem.
struct AccessibilityStatementPage {
    /// Where to report a problem; nil when this copy of Wexchange has no address set.
    let contactEmail: String?
    /// When the statement was last reviewed against the service.
    static let reviewed = "30 November 2026"
}
