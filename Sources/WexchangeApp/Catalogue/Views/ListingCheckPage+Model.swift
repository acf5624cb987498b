import Foundation
import WexchangeCore

/// "Check your answers" for a listing (GOV.UK): every answer in words, a part at a time, each
/// part with a "Change" button back to it, then submit or save as a draft. Nothing is stored
/// until then: the answers travel in hidden fields, exactly as the form sent them.
struct ListingCheckPage {
    let viewer: Viewer
    /// Where the form and this page post (new listing or the listing being edited).
    let action: String
    let input: OpportunityInput
    /// The form's fields as posted (without the CSRF token and the button pressed).
    let answers: [(name: String, value: String)]

    init(viewer: Viewer, action: String, input: OpportunityInput, form: FormBody) {
        self.viewer = viewer
        self.action = action
        self.input = input
        self.answers = form.pairs.filter { $0.0 != CSRF.field && $0.0 != ListingForm.Intent.field }.map { (name: $0.0, value: $0.1) }
    }

    /// Each part's answers in words; an unanswered question reads "Not given".
    func rows(_ section: ListingForm.Section) -> [SummaryList.Row] {
        section.fields.compactMap { field in
            // "Other adjustment" only matters when it was described; fixed dates and weeks are
            // alternatives, so the one not used is left out.
            switch field.name {
            case "send_other" where input.sendOther == nil: return nil
            case "weeks" where input.weeks == nil && input.sessions != nil: return nil
            case "sessions" where input.sessions == nil && input.weeks != nil: return nil
            default: break
            }
            return SummaryList.Row(key: field.label, value: ListingWords.text(field, of: input))
        }
    }
}
