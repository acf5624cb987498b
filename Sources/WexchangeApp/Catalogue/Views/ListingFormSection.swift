import Foundation
import WexchangeCore

extension ListingForm {
    /// The listing form's parts, in order: each a heading on the form and a summary card on
    /// "Check your answers", whose "Change" button returns to that part. Every field but the
    /// status belongs to exactly one (a test holds this).
    enum Section: String, CaseIterable, Sendable {
        case about, whereAndWhen = "where-and-when", families, gains, support

        var title: String {
            switch self {
            case .about: "About it"
            case .whereAndWhen: "Where and when"
            case .families: "For schools and families"
            case .gains: "What students gain"
            case .support: "Support and safeguarding"
            }
        }

        var fieldNames: [String] {
            switch self {
            case .about: ["title", "summary", "description", "type", "mode", "sector", "stage", "years"]
            case .whereAndWhen:
                ["address", "postcode", "capacity", "hours_per_day", "days", "sessions", "weeks", "application_deadline"]
            case .families: ["how_to_apply", "daily_times", "what_to_bring", "travel_notes"]
            case .gains: ["skills", "subjects", "outcomes"]
            case .support: ["send_adjustments", "send_other", "supervisor_dbs_checked", "private_home", "external_id"]
            }
        }

        var fields: [OpportunityField] { fieldNames.compactMap(OpportunityField.named) }

        /// The heading's id on both pages.
        var headingID: String { "section-\(rawValue)" }
    }

    /// What the form's buttons ask for, sent as `intent`.
    enum Intent: Equatable {
        /// "Continue": check the answers, then show them to confirm.
        case check
        case publish
        case draft
        /// "Change" on a card of "Check your answers": the form again, at that part.
        case change(Section)

        static let field = "intent"

        init(_ value: String?) {
            switch value {
            case "draft": self = .draft
            case "publish": self = .publish
            case let value? where value.hasPrefix("change-"):
                self = Section(rawValue: String(value.dropFirst("change-".count))).map(Intent.change) ?? .check
            default: self = .check
            }
        }

        var value: String {
            switch self {
            case .check: "check"
            case .publish: "publish"
            case .draft: "draft"
            case .change(let section): "change-\(section.rawValue)"
            }
        }
    }
}
