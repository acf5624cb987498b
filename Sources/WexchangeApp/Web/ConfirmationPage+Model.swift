import Foundation

/// A check before an action that cannot simply be undone (GOV.UK: a question page with a
/// warning): what will happen, a button that does it, and a link back that does nothing. Some
/// actions also ask why (revoking a badge, returning a listing): the reason goes with the button.
struct ConfirmationPage {
    /// A reason the person must give, shown to whoever the action affects.
    struct Reason {
        let label: String
        let hint: String
        var value: String? = nil
    }

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
    var reason: Reason? = nil
    var problem: FormProblem? = nil
    /// Whether the button sends `confirmed=yes`: for actions whose first step posts to the same
    /// address (a reason typed on the page before), so the handler knows this is the answer.
    var marksConfirmed = false

    /// The form field the reason is sent in.
    static let reasonField = "reason"
    static let confirmedField = "confirmed"
}
