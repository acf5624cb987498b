import Foundation
import WexchangeCore

/// The facts of a placement a parent consents to and a student needs to turn up: when, where,
/// the hours, whom to ask, and the safeguarding facts. One list, shown on the consent page and
/// stored with the consent as it was signed.
struct PlacementFacts: Equatable {
    let rows: [(label: String, value: String)]

    init(_ details: OpportunityDetails, providerName: String) {
        var rows: [(String, String)] = [
            ("Placement", details.title),
            ("Provider", providerName),
            ("Dates", OpportunityCard.dates(details.schedule)),
            ("Hours", "\(details.days) day\(details.days == 1 ? "" : "s"), \(details.hoursPerDay.formatted()) hours a day"),
            ("Address", details.location.map { "\($0.address), \($0.postcode)" } ?? "Online: the provider will send the link"),
        ]
        if let times = details.dailyTimes { rows.append(("Start and finish times", times)) }
        if let contact = details.howToApply { rows.append(("Contact", contact)) }
        if let bring = details.whatToBring { rows.append(("What to wear or bring", bring)) }
        if let travel = details.travelNotes { rows.append(("Getting there", travel)) }
        rows.append(("Supervisor has an enhanced DBS check", details.supervisorDbsChecked ? "Yes" : "Not stated"))
        rows.append(("Takes place in a private home", details.privateHome ? "Yes" : "No"))
        self.rows = rows
    }

    /// One "label: value" per line, as stored with the consent.
    var text: String { rows.map { "\($0.label): \($0.value)" }.joined(separator: "\n") }

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.text == rhs.text }
}
