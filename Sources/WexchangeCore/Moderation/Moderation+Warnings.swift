import Foundation

extension Moderation {
    /// What a moderator should look at twice before approving: none of these stops approval
    /// (the rules already refuse what must never be published), but each is unusual.
    public enum Warning: Hashable, Sendable {
        /// A session, week or "apply by" date is already over (it was saved before it passed).
        case dateInThePast(field: String)
        /// More places than a single employer usually hosts.
        case manyPlaces(Int)
        /// It takes place in a private home (only ever publishable online).
        case privateHome
        /// In person, and the provider has not said the supervisor has an enhanced DBS check.
        case noDBSCheckStated
    }

    /// Places above this are unusual enough to check for a typing mistake ("200" for "20").
    public static let manyPlacesThreshold = 30

    public static func warnings(_ details: OpportunityDetails, today: CalendarDate) -> [Warning] {
        var warnings: [Warning] = []
        var seen = Set<String>()
        for error in OpportunityRules.datesInThePast(details, today: today, stored: nil) where seen.insert(error.field).inserted {
            warnings.append(.dateInThePast(field: error.field))
        }
        if details.capacity > manyPlacesThreshold { warnings.append(.manyPlaces(details.capacity)) }
        if details.privateHome { warnings.append(.privateHome) }
        if details.mode.hasPlace, !details.supervisorDbsChecked { warnings.append(.noDBSCheckStated) }
        return warnings
    }
}
