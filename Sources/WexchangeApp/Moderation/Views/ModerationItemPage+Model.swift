import Foundation
import WexchangeCore

/// One waiting listing for a moderator: warnings, every field in words with what changed marked,
/// a preview of the public page, and the decision.
struct ModerationItemPage {
    let viewer: Viewer
    let item: ModerationService.Item
    let today: CalendarDate
    var problem: FormProblem?

    /// Every field with a value in either version (the status is what moderation sets), with its
    /// value before when it changed.
    var lines: [SummaryList.Row] {
        let now = item.details.input, before = item.approved?.input
        return OpportunityField.all.compactMap { field in
            guard field.name != "status" else { return nil }
            let new = ListingWords.text(field, of: now)
            let old = before.flatMap { ListingWords.text(field, of: $0) }
            guard new != nil || old != nil else { return nil }
            let changed = before != nil && field.text(of: now) != before.flatMap { field.text(of: $0) }
            return SummaryList.Row(key: field.label, value: new, changedFrom: changed ? .some(old) : nil)
        }
    }

    /// Live with nothing waiting: the only decision is taking it down.
    var isTakeDown: Bool { item.isPublished && !item.isChange }

    var stateHeading: String {
        item.isChange
            ? "Change to a published listing" : item.isPublished ? "Published listing" : item.isNew ? "New listing" : "Changed listing"
    }

    var stateExplanation: String {
        if item.isChange {
            let count = item.changes.count
            return
                "\(count) answer\(count == 1 ? "" : "s") changed. The published version stays in search until you decide: approve to publish the change, or return it and the published version stays. Changes are marked."
        }
        if item.isPublished {
            return "It is live: schools and students can find it. Return it only if it must come down; every answer is shown."
        }
        if item.isNew { return "This provider has not had this listing approved before. Every answer is shown." }
        let count = item.changes.count
        return
            "\(count) answer\(count == 1 ? "" : "s") changed since the approved version. Students cannot find it until you decide. Changes are marked."
    }

    var warnings: [String] {
        Moderation.warnings(item.details, today: today).map { warning in
            switch warning {
            case .dateInThePast(let field):
                "\(OpportunityField.named(field)?.label ?? field): a date has already passed. Return it so the provider can change it."
            case .manyPlaces(let places):
                "\(places) places is unusually many for one provider (more than \(Moderation.manyPlacesThreshold)). Check it is not a typing mistake."
            case .privateHome:
                "It takes place in a private home. It can only be published if students take part online."
            case .noDBSCheckStated:
                "Students attend in person and the provider has not said the supervisor has an enhanced DBS check."
            }
        }
    }
}
