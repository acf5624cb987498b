import Foundation

/// A check before an action that cannot simply be undone (GOV.UK: a question page with a
/// warning): what will happen, a button that does it, and a link back that does nothing.
struct ConfirmationPage {
    let viewer: Viewer
    /// The question, naming the thing: "Close “Robotics week”?".
    let heading: String
    /// What doing it changes, a sentence each.
    let consequences: [String]
    /// Where the button posts.
    let action: String
    let confirmLabel: String
    /// Where "No, go back" leads.
    let back: String
}
