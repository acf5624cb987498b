import Foundation
import WexchangeCore

/// One offer: why the student got it (the round's explanation), the placement's facts, and the
/// answer (the student or staff), the consent (a parent) or where it stands.
struct OfferPage {
    let viewer: Viewer
    let detail: OfferReader.Detail
    /// Whether the reader may accept or decline it (the student, or their school's staff).
    let mayAnswer: Bool
    /// Whether the reader may give consent (a linked parent or carer).
    let mayConsent: Bool
    /// What just happened (`?done=`), for the success banner.
    var done: String? = nil
    var problem: FormProblem? = nil

    static let answerField = "answer"

    var title: String { detail.summary.title }

    var canAnswerNow: Bool { mayAnswer && detail.summary.state == .offered }

    var doneMessage: String? {
        switch done {
        case "accepted":
            detail.needsConsent
                ? "You accepted the place. A parent or carer has been asked for consent." : "You accepted the place: it is confirmed."
        case "declined": "You declined the place. It goes back to the round for another student."
        case "consented": "Thank you: the placement is confirmed."
        case "refused": "You refused consent. The place goes back to the round."
        default: nil
        }
    }

    /// Where the offer stands, in the reader's words.
    var status: String {
        let summary = detail.summary
        switch summary.state {
        case .offered: return "Waiting for an answer by \(summary.deadline.longText)"
        case .accepted: return "Accepted: waiting for a parent or carer's consent by \(summary.consentBy.longText)"
        case .confirmed:
            guard let consent = detail.consent else { return "Confirmed" }
            return "Confirmed: consent given by \(consent.signedName) on \(DateStyle.day(CalendarDate(consent.signedAt)))"
        case .declined:
            guard let consent = detail.consent, !consent.given else { return "Declined" }
            return "Declined: consent refused by \(consent.signedName)"
        case .lapsed where summary.wasAccepted:
            return "Accepted, but no parent or carer gave consent by \(summary.consentBy.longText): the place has gone back"
        case .lapsed: return "Not answered by \(summary.deadline.longText): the place has gone back"
        case .pending: return "Not yet made"
        case .cancelled: return "Cancelled by the provider"
        case .completed: return "Completed: it is in the student's journey"
        }
    }
}
