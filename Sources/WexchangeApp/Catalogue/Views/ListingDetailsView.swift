import Foundation
import WexchangeCore
import WexchangeHTML
import WexchangeSearch

/// What a listing's public page says about it: title, provider, summary, description and its
/// facts. The opportunity page shows it, and moderators see the same as a preview before they
/// approve (with its headings two levels down, inside their page).
struct ListingDetailsView {
    let details: OpportunityDetails
    let providerName: String?
    var badges: [CatalogueProvider.Badge] = []
    /// Nil in a preview: nothing has been taken yet.
    var placesLeft: Int? = nil
    /// The title's heading level: 1 on the public page, 3 in a preview.
    var titleLevel = 1

    var node: Node {
        func row(_ term: String, _ value: String) -> Node { .div(.dt(.text(term)), .dd(.text(value))) }
        func list<T: Taxonomy>(_ values: [T]) -> String { values.isEmpty ? "None listed" : values.map(\.label).joined(separator: ", ") }
        return .group(
            heading(titleLevel, details.title),
            .p(.class("provider"), .text("Offered by \(providerName ?? "a provider")")),
            OpportunityCard.badges(badges),
            .p(.class("lead"), .text(details.summary)),
            details.description.isEmpty
                ? .empty
                : .section(
                    .ariaLabel("Description"),
                    .group(details.description.split(separator: "\n", omittingEmptySubsequences: true).map { .p(.text(String($0))) })),
            heading(titleLevel + 1, "Key facts"),
            .dl(
                .class("facts"),
                row("Type", details.type.label),
                row("Sector", details.sector.label),
                row("Stage", details.stage.label),
                row("Year groups", details.years.map { "Year \($0)" }.joined(separator: ", ")),
                row(
                    "Where",
                    details.location.map { "\($0.address), \($0.postcode)" + (details.mode == .hybrid ? " and online" : "") } ?? "Online"),
                row("When", OpportunityCard.dates(details.schedule)),
                row("Duration", "\(details.days) day\(details.days == 1 ? "" : "s"), \(details.hoursPerDay.formatted()) hours a day"),
                row("Places left", placesLeft.map { "\($0) of \(details.capacity)" } ?? "\(details.capacity)"),
                row("Apply by", details.applicationDeadline.map(DateStyle.day) ?? "No deadline given")),
            practicalities,
            heading(titleLevel + 1, "What students gain"),
            .dl(
                .class("facts"),
                row("Skills", list(details.skills)),
                row("Subjects", list(details.subjects)),
                row("Intended outcomes", details.outcomes.isEmpty ? "None listed" : details.outcomes.joined(separator: "; "))),
            heading(titleLevel + 1, "Support and safeguarding"),
            .dl(
                .class("facts"),
                row(
                    "Support for students with SEND",
                    details.sendAdjustments.isEmpty
                        ? "The provider has not listed adjustments: ask them what they can offer."
                        : details.sendAdjustments.filter { $0 != .other }.map(\.label).joined(separator: ", ")
                            + (details.sendOther.map { (details.sendAdjustments.count > 1 ? "; " : "") + $0 } ?? "")),
                row("Supervisor has an enhanced DBS check", details.supervisorDbsChecked ? "Yes" : "Not stated")))
    }

    /// How to take part and the practical facts a family needs, when the provider gave them.
    private var practicalities: Node {
        let facts: [(String, String?)] = [
            ("How schools arrange a place", details.howToApply), ("Start and finish times", details.dailyTimes),
            ("What to wear or bring", details.whatToBring), ("Getting there", details.travelNotes),
        ]
        let given = facts.compactMap { label, value in value.map { (label, $0) } }
        guard !given.isEmpty else { return .empty }
        return .group(
            heading(titleLevel + 1, "Taking part"),
            .dl(
                .class("summary-list"),
                .forEach(given) { label, value in
                    .div(
                        .class("summary-list-row"), .dt(.text(label)),
                        .dd(.group(value.split(separator: "\n", omittingEmptySubsequences: true).map { .p(.text(String($0))) })))
                }))
    }

    private func heading(_ level: Int, _ text: String) -> Node {
        switch level {
        case 1: .h1(.text(text))
        case 2: .h2(.text(text))
        case 3: .h3(.text(text))
        default: .h4(.text(text))
        }
    }
}
